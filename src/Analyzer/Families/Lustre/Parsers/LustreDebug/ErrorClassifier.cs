namespace Analyzer.Families.Lustre.Parsers.LustreDebug;

/// <summary>What one record says when it reports trouble, and about whom.</summary>
internal readonly record struct ErrorClass(string Kind, string Target, string Nid, long? Opcode, string Operation, long? Rc, long? WaitSeconds);

/// <summary>
/// Sorts trouble records into kinds by the fixed wording of the Lustre messages that print them (ptlrpc client.c,
/// import.c, ldlm_lockd.c, genops.c); other D_ERROR/D_EMERG records are "error", LNet network errors "lnet-error".
/// </summary>
internal static class ErrorClassifier
{
    private const uint Reported = DebugNames.Error | DebugNames.Emerg | DebugNames.Warning | DebugNames.NetError | DebugNames.Ha | DebugNames.Console;

    public static ErrorClass? Classify(uint subsystem, uint mask, ReadOnlySpan<char> text)
    {
        // Trace masks (rpctrace, vfstrace, dlmtrace, info, ...) are most of a capture and never carry these messages.
        if ((mask & Reported) == 0) return null;
        var kind = KindOf(subsystem, mask, text);
        if (kind is null) return null;
        long? opcode = null;
        var operation = "";
        string target, nid;
        if (LustreText.TryRequest(text, out var op, out var import, out var reqNid))
        {
            opcode = op;
            operation = RpcOpcodes.Name(op);
            nid = reqNid;
            target = LustreText.Target(import);
            if (target.Length == 0) target = LustreText.Target(text);
        }
        else
        {
            target = LustreText.Target(text);
            nid = LustreText.Nid(text);
            operation = LustreText.OperationName(text);
        }
        long? wait = kind switch
        {
            "rpc-timeout" => LustreText.RequestWaitSeconds(text),
            "lock-callback-timeout" => LustreText.SecondsAfter(text, "expired after "),
            _ => null,
        };
        var rc = LustreText.ReturnCode(text);
        if (rc is null && kind == "rpc-timeout") rc = -110; // ptlrpc fails a timed-out request with -ETIMEDOUT
        return new ErrorClass(kind, target, nid, opcode, operation, rc, wait);
    }

    private static string? KindOf(uint subsystem, uint mask, ReadOnlySpan<char> text)
    {
        if (text.Contains("lock callback timer expired", StringComparison.Ordinal)) return "lock-callback-timeout";
        if (text.Contains("Request sent has timed out", StringComparison.Ordinal)) return "rpc-timeout";
        if (text.Contains("Request sent has failed due to network error", StringComparison.Ordinal)) return "rpc-network-error";
        if (text.Contains("Connection restored to", StringComparison.Ordinal)) return "reconnect";
        if (text.Contains("Connection to ", StringComparison.Ordinal) && text.Contains(" was lost", StringComparison.Ordinal)) return "connection-lost";
        if (text.Contains("was evicted by", StringComparison.Ordinal) || text.Contains("evicting client", StringComparison.Ordinal)
            || text.Contains("have been evicted", StringComparison.Ordinal) || text.Contains("at adminstrative request", StringComparison.Ordinal)
            || text.Contains("at administrative request", StringComparison.Ordinal))
            return "eviction";
        if (text.Contains("lock timed out (enqueued at", StringComparison.Ordinal)) return "lock-timeout";
        if (text.Contains(" to node ", StringComparison.Ordinal) && text.Contains("failed: rc", StringComparison.Ordinal)) return "rpc-failed";
        if ((subsystem & (DebugNames.SubsysLnet | DebugNames.SubsysLnd)) != 0 && (mask & (DebugNames.NetError | DebugNames.Error | DebugNames.Emerg)) != 0)
            return "lnet-error";
        return DebugNames.IsError(mask) ? "error" : null;
    }
}
