using System.Formats.Tar;
using System.IO.Compression;
using System.Runtime.InteropServices;
using Analyzer.Bundles;
using Analyzer.Inventory;
using static Analyzer.Tests.Bundles.TestBundles;

namespace Analyzer.Tests.Bundles;

public sealed class HostileEntryTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private RecordingSink ReadBundle(string path)
    {
        var before = temp.Snapshot();
        var sink = new RecordingSink();
        BundleReader.Read(path, sink);
        Assert.Equal(before, temp.Snapshot());
        return sink;
    }

    private RecordingSink ReadTar(Action<TarWriter> write)
    {
        var path = temp.Write("bundle.tar", Tar(writer =>
        {
            write(writer);
            writer.WriteEntry(File("ok.log", Utf8("fine")));
        }));
        var sink = ReadBundle(path);

        // Whatever came before, the harmless member after it is still read.
        Assert.Equal("fine", sink.Text("ok.log"));
        return sink;
    }

    [Theory]
    [InlineData("../../etc/passwd", "../../etc/passwd", "escapes the bundle root")]
    [InlineData("logs/../../secret", "logs/../../secret", "escapes the bundle root")]
    [InlineData("..\\..\\windows\\win.ini", "../../windows/win.ini", "escapes the bundle root")]
    [InlineData("/etc/passwd", "etc/passwd", "absolute path")]
    [InlineData("C:\\boot.ini", "C:/boot.ini", "absolute path")]
    [InlineData("bad\u0001name.log", "bad?name.log", "control characters")]
    public void Hostile_member_names_are_skipped_and_never_read(string name, string reportedPath, string why)
    {
        var sink = ReadTar(writer => writer.WriteEntry(File(name, Utf8("root:x:0:0"))));

        Assert.Equal(["ok.log"], sink.EntryPaths);
        var problem = sink.Problem(reportedPath);
        Assert.Equal(InputStatus.Skipped, problem.Status);
        Assert.Contains(why, problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Symbolic_link_member_is_reported_with_its_target()
    {
        var sink = ReadTar(writer => writer.WriteEntry(
            new PaxTarEntry(TarEntryType.SymbolicLink, "passwd") { LinkName = "/etc/passwd" }));

        var problem = sink.Problem("passwd");
        Assert.Equal(InputStatus.Skipped, problem.Status);
        Assert.Equal("symbolic link to /etc/passwd not followed", problem.Reason);
    }

    [Fact]
    public void Hard_link_member_is_not_followed()
    {
        var sink = ReadTar(writer => writer.WriteEntry(
            new PaxTarEntry(TarEntryType.HardLink, "copy.log") { LinkName = "ok.log" }));

        Assert.Equal("hard link to ok.log not followed", sink.Problem("copy.log").Reason);
    }

    [Theory]
    [InlineData(TarEntryType.CharacterDevice, "character device")]
    [InlineData(TarEntryType.BlockDevice, "block device")]
    [InlineData(TarEntryType.Fifo, "fifo")]
    public void Device_and_fifo_members_are_skipped(TarEntryType type, string description)
    {
        var sink = ReadTar(writer => writer.WriteEntry(new PaxTarEntry(type, "dev/thing")));

        var problem = sink.Problem("dev/thing");
        Assert.Equal(InputStatus.Skipped, problem.Status);
        Assert.Contains(description, problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Zip_members_with_traversal_or_symlink_mode_are_skipped()
    {
        var path = temp.Write("bundle.zip", Zip(archive =>
        {
            using (var evil = archive.CreateEntry("../evil.sh").Open())
            {
                evil.Write(Utf8("rm -rf /"));
            }

            var link = archive.CreateEntry("link");
            link.ExternalAttributes = unchecked((int)(0xA1FFu << 16));
            using (var target = link.Open())
            {
                target.Write(Utf8("/etc/shadow"));
            }

            using var ok = archive.CreateEntry("ok.log").Open();
            ok.Write(Utf8("fine"));
        }));

        var sink = ReadBundle(path);

        Assert.Equal(["ok.log"], sink.EntryPaths);
        Assert.Contains("escapes the bundle root", sink.Problem("../evil.sh").Reason, StringComparison.Ordinal);
        Assert.Equal("symbolic link to /etc/shadow not followed", sink.Problem("link").Reason);
    }

    [Fact]
    public void Directory_bundle_does_not_follow_symlinks_to_files_or_directories()
    {
        temp.Write("bundle/app.log", Utf8("app"));
        var outside = temp.Write("outside/secret.txt", Utf8("secret"));
        System.IO.File.CreateSymbolicLink(Path.Combine(temp.Root, "bundle", "secret-link"), outside);
        Directory.CreateSymbolicLink(Path.Combine(temp.Root, "bundle", "outside-dir"), Path.GetDirectoryName(outside)!);

        var sink = ReadBundle(Path.Combine(temp.Root, "bundle"));

        Assert.Equal(["app.log"], sink.EntryPaths);
        Assert.Equal(InputStatus.Skipped, sink.Problem("secret-link").Status);
        Assert.StartsWith("symbolic link to ", sink.Problem("outside-dir").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Directory_bundle_skips_a_fifo_instead_of_blocking_on_it()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // fifo creation goes through glibc
        }

        temp.Write("bundle/app.log", Utf8("app"));
        Assert.Equal(0, MakeFifo(Path.Combine(temp.Root, "bundle", "pipe"), 0b110_100_100));

        var sink = ReadBundle(Path.Combine(temp.Root, "bundle"));

        Assert.Equal(["app.log"], sink.EntryPaths);
        Assert.Equal("fifo not read", sink.Problem("pipe").Reason);
    }

#pragma warning disable SYSLIB1054
    [DllImport("libc.so.6", EntryPoint = "mkfifo")]
    private static extern int MakeFifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);
#pragma warning restore SYSLIB1054
}
