namespace Analyzer.Families.Go.Parsers.GoStacks;

/// <summary>
/// What a group of goroutines waits for (GoroutineGroup.Category), from the state string and, where the state is
/// ambiguous (pre-1.20 <c>semacquire</c>, debug=1 profiles without states), from the frames. Runs once per group.
/// </summary>
internal static class GoCategory
{
    public const string Lock = "lock";
    public const string Unknown = "unknown";

    public static string FromState(string state, IReadOnlyList<string> functions)
    {
        switch (state)
        {
            case "sync.Mutex.Lock" or "sync.RWMutex.Lock" or "sync.RWMutex.RLock":
                return Lock;
            case "sync.WaitGroup.Wait" or "sync.WaitGroup.Wait (durable)":
                return "waitgroup";
            case "sync.Cond.Wait":
                return "cond";
            case "semacquire":
                // Before Go 1.20 every sync primitive parked as "semacquire": the frames tell which one.
                return FromSyncFrames(functions) ?? "other";
            case "IO wait":
                return "io";
            case "syscall":
                return "syscall";
            case "sleep":
                return "sleep";
            case "running":
                return "running";
            case "runnable":
                return "runnable";
            // Parked background workers of the runtime: present in every healthy process, never the problem.
            case "idle" or "finalizer wait" or "force gc (idle)" or "GC worker (idle)" or "GOMAXPROCS updater (idle)"
                or "timer goroutine (idle)" or "trace reader (blocked)" or "cleanup wait" or "GC sweep wait" or "GC scavenge wait":
                return "idle";
            case "GC assist marking" or "GC assist wait" or "garbage collection" or "garbage collection scan"
                or "wait for GC cycle" or "GC worker (active)" or "GC mark termination" or "GC weak to strong wait"
                or "stopping the world" or "flushing proc caches" or "dumping heap" or "copystack":
                return "gc";
        }
        if (state.StartsWith("chan ", StringComparison.Ordinal))
            return "channel"; // chan send/receive, (nil chan), (durable)
        if (state.StartsWith("select", StringComparison.Ordinal))
            return "select"; // select, select (no cases), select (durable)
        return "other";
    }

    /// <summary>
    /// debug=1 profiles print no state, and hide the leading runtime frames (gopark); the first frame that names a
    /// blocking primitive decides. Unrecognised stacks stay "unknown".
    /// </summary>
    public static string FromProfileFrames(IReadOnlyList<string> functions)
    {
        if (FromSyncFrames(functions) is { } sync)
            return sync;
        foreach (var f in functions)
        {
            switch (f)
            {
                case "runtime.chanrecv" or "runtime.chanrecv1" or "runtime.chanrecv2" or "runtime.chansend" or "runtime.chansend1":
                    return "channel";
                case "runtime.selectgo" or "runtime.block":
                    return "select";
                case "internal/poll.runtime_pollWait" or "runtime.netpollblock":
                    return "io";
                case "time.Sleep" or "runtime.timeSleep":
                    return "sleep";
                case "runtime/pprof.writeGoroutineStacks" or "runtime/pprof.writeRuntimeProfile" or "runtime.Stack":
                    return "running";
                case "runtime.runfinq" or "runtime.bgsweep" or "runtime.bgscavenge" or "runtime.forcegchelper" or "runtime.gcBgMarkWorker":
                    return "idle";
            }
            if (f.StartsWith("syscall.Syscall", StringComparison.Ordinal) || f.StartsWith("syscall.RawSyscall", StringComparison.Ordinal)
                || f.StartsWith("internal/runtime/syscall.", StringComparison.Ordinal) || f.StartsWith("syscall.syscall", StringComparison.Ordinal))
                return "syscall";
        }
        return Unknown;
    }

    private static string? FromSyncFrames(IReadOnlyList<string> functions)
    {
        foreach (var f in functions)
        {
            if (IsLockFunction(f) || f is "sync.runtime_SemacquireMutex" or "sync.runtime_SemacquireRWMutex" or "sync.runtime_SemacquireRWMutexR")
                return Lock;
            if (f.EndsWith(".(*WaitGroup).Wait", StringComparison.Ordinal) && IsSyncPackage(f))
                return "waitgroup";
            if ((f.EndsWith(".(*Cond).Wait", StringComparison.Ordinal) && IsSyncPackage(f)) || f == "sync.runtime_notifyListWait")
                return "cond";
        }
        return null;
    }

    /// <summary>Frames that take a mutex and carry its address as first argument (also Go 1.24's internal/sync).</summary>
    public static bool IsLockFunction(string f) =>
        IsSyncPackage(f) && (f.EndsWith(".(*Mutex).Lock", StringComparison.Ordinal) || f.EndsWith(".(*Mutex).lockSlow", StringComparison.Ordinal)
            || f.EndsWith(".(*RWMutex).Lock", StringComparison.Ordinal) || f.EndsWith(".(*RWMutex).RLock", StringComparison.Ordinal));

    public static bool IsSyncPackage(string f) =>
        f.StartsWith("sync.", StringComparison.Ordinal) || f.StartsWith("internal/sync.", StringComparison.Ordinal);

    /// <summary>States in which a goroutine may be queued on a mutex (so its Lock frames' arguments are worth keeping).</summary>
    public static bool MayWaitOnLock(string state) =>
        state is "semacquire" or "sync.Mutex.Lock" or "sync.RWMutex.Lock" or "sync.RWMutex.RLock";
}
