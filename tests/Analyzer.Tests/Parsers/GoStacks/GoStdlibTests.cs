using Analyzer.Families.Go.Facts;
using Analyzer.Families.Go.Parsers.GoStacks;

namespace Analyzer.Tests.Parsers.GoStacks;

/// <summary>
/// GOPATH-era builds name application packages without a dot (<c>myapp/internal/store</c>, <c>juju/worker/uniter</c>):
/// standard-library membership comes from the file path when there is one, else from the real top-level names.
/// </summary>
public sealed class GoStdlibTests
{
    // Go 1.10, GOPATH build in the golang:1.10 image (GOROOT /usr/local/go, GOPATH /go), as such services printed it.
    private const string GopathHang = """
        goroutine 31 [chan receive, 12 minutes]:
        myapp/internal/store.(*DB).flush(0xc4200a6000)
        	/go/src/myapp/internal/store/db.go:120 +0x8c
        myapp/internal/store.(*DB).Compact(0xc4200a6000)
        	/go/src/myapp/internal/store/db.go:98 +0x4a
        created by myapp/internal/store.Open
        	/go/src/myapp/internal/store/db.go:40 +0x1d0

        goroutine 52 [semacquire, 11 minutes]:
        sync.runtime_SemacquireMutex(0xc4200a6004, 0x0)
        	/usr/local/go/src/runtime/sema.go:71 +0x3d
        sync.(*Mutex).Lock(0xc4200a6000)
        	/usr/local/go/src/sync/mutex.go:134 +0x108
        myapp/internal/store.(*DB).Get(0xc4200a6000, 0xc420014f30, 0x3, 0x0, 0x0, 0x0, 0x0)
        	/go/src/myapp/internal/store/db.go:61 +0x5a
        myapp/api.(*Server).handleGet(0xc42008e000, 0x7a3f20, 0xc4201c2000, 0xc4201b6000)
        	/go/src/myapp/api/get.go:22 +0x9b
        net/http.HandlerFunc.ServeHTTP(0xc420090a40, 0x7a3f20, 0xc4201c2000, 0xc4201b6000)
        	/usr/local/go/src/net/http/server.go:1947 +0x44
        created by net/http.(*Server).Serve
        	/usr/local/go/src/net/http/server.go:2795 +0x27b
        """;

    [Fact]
    public void Dotless_gopath_packages_are_application_code_and_the_lock_holder_is_found()
    {
        var r = GoStacksHarness.Run(GopathHang);
        var groups = r.Of<GoroutineGroup>();
        Assert.Equal("myapp/internal/store.(*DB).flush", groups[0].AppFunction);
        Assert.Equal("/go/src/myapp/internal/store/db.go:120", groups[0].AppLocation);
        var waiter = groups[1];
        Assert.Equal("myapp/internal/store.(*DB).Get", waiter.AppFunction);
        Assert.Equal([true, true, false, false, true], waiter.Frames.Select(f => f.IsStdlib));
        var holder = Assert.Single(r.Of<GoLockHolder>());
        Assert.Equal(31, holder.HolderGoroutineId);
        Assert.Equal("myapp/internal/store.(*DB).flush", holder.HolderFunction);
        Assert.Equal("mutex-address", holder.Basis);
    }

    [Theory]
    // GOROOT layouts: official tarball, Debian/Ubuntu packages, Homebrew, Windows, go install golang.org/dl, toolchain switch.
    [InlineData("net/http.(*conn).serve", "/usr/local/go/src/net/http/server.go", true)]
    [InlineData("net/http.(*conn).serve", "/usr/lib/go-1.10/src/net/http/server.go", true)]
    [InlineData("runtime.gopark", "/usr/local/Cellar/go/1.12.6/libexec/src/runtime/proc.go", true)]
    [InlineData("runtime.gopark", "C:/Program Files/Go/src/runtime/proc.go", true)]
    [InlineData("runtime.gopark", "/home/ci/sdk/go1.21.0/src/runtime/proc.go", true)]
    [InlineData("runtime.gopark", "/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.22.1.linux-amd64/src/runtime/proc.go", true)]
    [InlineData("runtime.gopark", "$GOROOT/src/runtime/proc.go", true)]
    // A standard package the name list does not know yet is still stdlib under GOROOT.
    [InlineData("newstd.F", "/usr/local/go/src/newstd/f.go", true)]
    // GOPATH, module cache, vendor trees: application code, even where the top-level name looks like a std one.
    [InlineData("myapp/internal/store.(*DB).Get", "/gopath/src/myapp/internal/store/db.go", false)]
    [InlineData("juju/worker/uniter.(*Uniter).loop", "/home/jenkins/workspace/src/juju/worker/uniter/uniter.go", false)]
    [InlineData("context.(*Thing).Do", "/home/dev/go/src/context/thing.go", false)]
    [InlineData("golang.org/x/net/http2.(*Framer).ReadFrame", "/src/app/vendor/golang.org/x/net/http2/frame.go", false)]
    [InlineData("log.Printf", "/home/dev/proj/vendor/log/log.go", false)]
    // -trimpath or unknown roots: the top-level name decides.
    [InlineData("runtime.gopark", "runtime/proc.go", true)]
    [InlineData("internal/poll.(*FD).Read", "internal/poll/fd_unix.go", true)]
    [InlineData("encoding/json.Unmarshal", "/build/encoding/json/decode.go", true)]
    [InlineData("juju/worker/uniter.(*Uniter).loop", "", false)]
    [InlineData("myapp/internal/store.(*DB).Get", "myapp/internal/store/db.go", false)]
    [InlineData("main.main", "/app/main.go", false)]
    [InlineData("github.com/x/y.F", "", false)]
    [InlineData("panic", "", true)]
    [InlineData("crypto/tls.(*Conn).Read", "", true)]
    [InlineData("vendor/golang.org/x/net/http2/hpack.(*Decoder).Write", "", true)]
    public void Stdlib_membership_comes_from_the_path_then_the_name(string function, string file, bool stdlib)
    {
        var name = GoFunctionName.Parse(function);
        Assert.Equal(stdlib, GoStdlib.IsStdlib(name.Package, file));
    }
}
