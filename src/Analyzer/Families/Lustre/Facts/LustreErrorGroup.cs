using Analyzer.Rules.Facts;

namespace Analyzer.Families.Lustre.Facts;

/// <summary>
/// Trouble records of one `lctl dk` capture that say the same thing about the same peer: same kind, target, NID,
/// RPC opcode and reporting function. A capture with ten thousand timeouts to one OST becomes one group.
/// </summary>
[FactRecord("LustreErrorGroup", LustreSources.Debug, Description = "Lustre debug-log error records grouped by kind, target, NID and opcode")]
public sealed record LustreErrorGroup : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path")] public required string Path { get; init; }
    [Field("What the records say: eviction, rpc-timeout, rpc-network-error, rpc-failed, lock-callback-timeout, lock-timeout, connection-lost, reconnect, lnet-error, error")] public required string Kind { get; init; }
    [Field("Lustre target the records name, e.g. lustre-OST0003, lustre-MDT0000, MGS; empty when none is named")] public required string Target { get; init; }
    [Field("Peer network id the records name, e.g. 192.168.14.178@tcp, 10.1.0.2@o2ib; empty when none is named")] public required string Nid { get; init; }
    [Field("RPC opcode of the request dump (o400 -> 400); null when the records carry no request")] public long? Opcode { get; init; }
    [Field("RPC operation name, e.g. OBD_PING, OST_WRITE, LDLM_ENQUEUE, or the name in 'operation X to node'; empty when unknown")] public required string Operation { get; init; }
    [Field("Last negative return code the records print (rc = -110 ...); null when none")] public long? Rc { get; init; }
    [Field("errno name of Rc, e.g. ETIMEDOUT, ENOTCONN, EIO; empty when none")] public required string RcName { get; init; }
    [Field("Reporting function from the record header, e.g. ptlrpc_expire_one_request")] public required string Function { get; init; }
    [Field("Subsystem of the first record, e.g. ptlrpc")] public required string Subsystem { get; init; }
    [Field("Records in the group")] public long Count { get; init; }
    [Field("Kernel pid of the first record")] public long Pid { get; init; }
    [Field("Distinct pids seen (counted up to 64)")] public long Pids { get; init; }
    [Field("Time of the first record, UTC ISO-8601")] public required string FirstTime { get; init; }
    [Field("Time of the last record, UTC ISO-8601")] public required string LastTime { get; init; }
    [Field("Last record time minus first", Unit = "duration")] public TimeSpan Span { get; init; }
    [Field("Longest RPC wait the records print: deadline minus send time of a timed-out request, or the seconds of an expired lock callback", Unit = "duration")] public TimeSpan MaxWait { get; init; }
    [Field("Line of the last record")] public long LastLine { get; init; }
}
