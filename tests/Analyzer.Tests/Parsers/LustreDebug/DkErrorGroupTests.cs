using static Analyzer.Tests.Parsers.LustreDebug.DkHarness;

namespace Analyzer.Tests.Parsers.LustreDebug;

/// <summary>Trouble records (the console samples' messages, in their lctl dk form) sorted into kinds with target, NID and opcode.</summary>
public sealed class DkErrorGroupTests
{
    private static string Dk(string subsys, string mask, double time, long pid, string location, string text) =>
        $"{subsys}:{mask}:0.0:{time.ToString("F6", System.Globalization.CultureInfo.InvariantCulture)}:0:{pid}:0:({location}) {text}\n";

    [Fact]
    public void Rpc_timeouts_name_target_nid_opcode_wait_and_pid()
    {
        var line = "@@@ Request sent has timed out for slow reply: [sent 1696590759/real 1696590759]  req@0000000044314f25 x1778912219544448/t0(0) o400->DIAS-OST0002-osc-ffff9d6153c91000@192.168.14.178@tcp:28/4 lens 224/224 e 0 to 1 dl 1696590766 ref 1 fl Rpc:XNQr/0/ffffffff rc 0/-1";
        var run = Run(Dk("00000100", "00000400", 1696590766.1, 3389, "client.c:2295:ptlrpc_expire_one_request()", line)
                    + Dk("00000100", "00000400", 1696590796.1, 3390, "client.c:2295:ptlrpc_expire_one_request()", line));
        var t = run.Error("rpc-timeout");
        Assert.Equal(("DIAS-OST0002", "192.168.14.178@tcp", 400L, "OBD_PING"), (t.Target, t.Nid, t.Opcode!.Value, t.Operation));
        Assert.Equal((2L, 3389L, 2L), (t.Count, t.Pid, t.Pids));
        Assert.Equal((-110L, "ETIMEDOUT"), (t.Rc!.Value, t.RcName));
        Assert.Equal(TimeSpan.FromSeconds(7), t.MaxWait);
        Assert.Equal(TimeSpan.FromSeconds(30), t.Span);
        Assert.Equal(("ptlrpc_expire_one_request", "rpc"), (t.Function, t.Subsystem));
        Assert.Equal((1, 2L), (t.Provenance.Line!.Value, t.LastLine));
        Assert.StartsWith("00000100:00000400:0.0:1696590766.100000:0:3389:0:", t.Provenance.Excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void Network_errors_and_management_imports_keep_the_last_address_as_nid()
    {
        var run = Run(Dk("00000100", "00000400", 1528211995, 883, "client.c:2114:ptlrpc_expire_one_request()",
            "@@@ Request sent has failed due to network error: [sent 1528211990/real 1528211990]  req@ffff880034da8000 x1600707912823280/t0(0) o250->MGC10.1.1.47@tcp@10.1.1.47@tcp:26/25 lens 520/544 e 0 to 1 dl 1528211995 ref 1 fl Rpc:eXN/0/ffffffff rc 0/-1"));
        var e = run.Error("rpc-network-error");
        Assert.Equal(("MGS", "10.1.1.47@tcp", 250L, "MGS_CONNECT"), (e.Target, e.Nid, e.Opcode!.Value, e.Operation));
    }

    [Fact]
    public void Lwp_imports_name_the_target_they_connect_to()
    {
        var run = Run(Dk("00000100", "00000400", 1403733444, 8465, "client.c:1868:ptlrpc_expire_one_request()",
            "@@@ Request sent has timed out for sent delay: [sent 1403733437/real 0]  req@ffff88103b8d9800 x1471890494345888/t0(0) o400->lustre-MDT0000-lwp-OST0018@10.130.93.10@o2ib:12/10 lens 224/224 e 0 to 1 dl 1403733444 ref 2 fl Rpc:XN/0/ffffffff rc 0/-1"));
        Assert.Equal(("lustre-MDT0000", "10.130.93.10@o2ib"), (run.Error("rpc-timeout").Target, run.Error("rpc-timeout").Nid));
    }

    [Fact]
    public void Connection_lost_restored_and_client_eviction()
    {
        var run = Run(
            Dk("00000100", "02000400", 1773136857, 2817, "import.c:375:ptlrpc_set_import_discon()",
                "DIAS-OST0001-osc-ffff9d6153c91000: Connection to DIAS-OST0001 (at 192.168.14.178@tcp) was lost; in progress operations using this service will wait for recovery to complete")
            + Dk("00000100", "02020000", 1773136965, 2816, "import.c:1381:ptlrpc_connect_interpret()",
                "167-0: DIAS-OST0001-osc-ffff9d6153c91000: This client was evicted by DIAS-OST0001; in progress operations using this service will fail.")
            + Dk("00000100", "02000000", 1773136965.1, 2816, "import.c:1805:ptlrpc_import_recovery_state_machine()",
                "DIAS-OST0001-osc-ffff9d6153c91000: Connection restored to DIAS-OST0001 (at 192.168.14.178@tcp)"));
        Assert.Equal(("DIAS-OST0001", "192.168.14.178@tcp"), (run.Error("connection-lost").Target, run.Error("connection-lost").Nid));
        Assert.Equal(("DIAS-OST0001", ""), (run.Error("eviction").Target, run.Error("eviction").Nid));
        Assert.Equal(("DIAS-OST0001", "192.168.14.178@tcp"), (run.Error("reconnect").Target, run.Error("reconnect").Nid));
        Assert.Equal(1L, run.Log.ErrorRecords);
    }

    [Fact]
    public void Server_side_lock_callback_timeouts_and_admin_evictions()
    {
        var run = Run(
            Dk("00010000", "00020000", 1773136800, 0, "ldlm_lockd.c:356:waiting_locks_callback()",
                "### lock callback timer expired after 101s: evicting client at 0@lo ns: mdt-lustre-MDT0000_UUID lock: ffff880126f8f480/0xe99a593b682aed45 lrc: 3/0,0 mode: PR/PR res: 8589935876/10593 bits 0x3 rrc: 2 type: IBT flags: 0x4000020 remote: 0xe99a593b682aecea expref: 14 pid: 3636 timeout: 4389324308")
            + Dk("00000020", "02000400", 1773136801, 2689, "genops.c:1379:obd_export_evict_by_uuid()",
                "lustre-OST0001: evicting 26959b68-1208-1fca-1f07-da2dc872c55f at adminstrative request"));
        var cb = run.Error("lock-callback-timeout");
        Assert.Equal(("lustre-MDT0000", "0@lo", 0L), (cb.Target, cb.Nid, cb.Pid));
        Assert.Equal(TimeSpan.FromSeconds(101), cb.MaxWait);
        Assert.Null(cb.Rc); // "rrc: 2" is a refcount, not a return code
        Assert.Equal("lustre-OST0001", run.Error("eviction").Target);
    }

    [Fact]
    public void Failed_operations_lnet_errors_and_return_codes()
    {
        var run = Run(
            Dk("00000100", "02020000", 1773136800, 2816, "client.c:1373:ptlrpc_check_status()",
                "11-0: lustre-OST0003-osc-ffff8d2bc2a4e000: operation ost_connect to node 10.1.0.13@tcp failed: rc = -16")
            + Dk("00000400", "00000100", 1773136801, 4069, "lib-ptl.c:189:lnet_try_match_md()",
                "Matching packet from 12345-172.28.1.43@tcp, match 1820705849269056 length 1048576 too big: 1015808 left, 1015808 allowed")
            + Dk("00000080", "00020000", 1773136802, 2816, "llite_lib.c:3362:ll_dirty_page_discard_warn()",
                "lustre: dirty page discard: 10.1.0.11@tcp:/lustre/fid: [0x200000401:0x5:0x0]//scratch/out.bin may get corrupted (rc -5)")
            + Dk("00000002", "00020000", 1773136803, 77, "mdc_locks.c:1200:mdc_enqueue()", "ldlm_cli_enqueue: rc: -107"));
        var failed = run.Error("rpc-failed");
        Assert.Equal(("lustre-OST0003", "10.1.0.13@tcp", "ost_connect", -16L, "EBUSY"), (failed.Target, failed.Nid, failed.Operation, failed.Rc!.Value, failed.RcName));
        Assert.Null(failed.Opcode);
        Assert.Equal("172.28.1.43@tcp", run.Error("lnet-error").Nid);
        var errors = run.Errors.Where(e => e.Kind == "error").ToList();
        Assert.Equal([-5L, -107L], errors.Select(e => e.Rc!.Value));
        Assert.Equal(["EIO", "ENOTCONN"], errors.Select(e => e.RcName));
    }

    [Fact]
    public void Trace_records_are_not_errors()
    {
        var run = Run(Dk("00010000", "00010000", 1746496640.686162, 11859, "ldlm_lockd.c:2841:ldlm_bl_get_work()", "Process entered")
                    + Dk("00000100", "00080000", 1746496640.7, 2816, "import.c:197:import_set_state_nolock()", "ffff8d2bc2a4e800 lustre-OST0003_UUID: changing import state from FULL to DISCONN"));
        Assert.Empty(run.Errors);
        Assert.Equal((0L, 1L), (run.Log.ErrorRecords, run.Log.WarningRecords));
    }
}
