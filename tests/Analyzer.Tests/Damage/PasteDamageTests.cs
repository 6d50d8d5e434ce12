namespace Analyzer.Tests.Damage;

/// <summary>
/// Each damage on three sample lines, written out in full: a damage that drifts from what its carrier really does
/// fails here, not as a mysterious cell of the matrix.
/// </summary>
public sealed class PasteDamageTests
{
    /// <summary>A Go dump's three shapes of line: a header, a TAB-indented function, a doubly indented file line.</summary>
    private const string GoLines = "goroutine 1 [running]:\n\tmain.main()\n\t\t/src/main.go:12 +0x1d\n";

    /// <summary>A kernel log as rsyslog stores it (with the kernel's own stamp), another program's line, and a dmesg line.</summary>
    private const string KernelLines =
        "Nov 20 03:11:52 db1 kernel: [1204272.508113] INFO: task jbd2:412 blocked for more than 120 seconds.\n" +
        "Nov 20 03:11:53 db1 CRON[30411]: (root) CMD (true)\n" +
        "[    0.000000] Linux version 5.15.0\n";

    private static string Apply(IPasteDamage damage, string text, EvidenceKind kind = EvidenceKind.ServiceLog) =>
        damage.Apply(text, "dir/file.txt", kind);

    [Fact]
    public void Journald_short_stamps_host_and_tag_and_prints_kernel_lines_bare()
    {
        Assert.Equal(
            "Dec 02 10:00:01 host app[42]: goroutine 1 [running]:\n" +
            "Dec 02 10:00:01 host app[42]: \tmain.main()\n" +
            "Dec 02 10:00:01 host app[42]: \t\t/src/main.go:12 +0x1d\n",
            Apply(new JournaldShort(), GoLines));
        Assert.Equal(
            "Dec 02 10:00:01 host kernel: INFO: task jbd2:412 blocked for more than 120 seconds.\n" +
            "Dec 02 10:00:01 host CRON[30411]: (root) CMD (true)\n" +
            "Dec 02 10:00:01 host kernel: Linux version 5.15.0\n",
            Apply(new JournaldShort(), KernelLines, EvidenceKind.KernelLog));
    }

    [Fact]
    public void Journald_short_precise_adds_microseconds()
    {
        Assert.Equal(
            "Dec 02 10:00:01.000000 host app[42]: goroutine 1 [running]:\n" +
            "Dec 02 10:00:01.001000 host app[42]: \tmain.main()\n" +
            "Dec 02 10:00:01.002000 host app[42]: \t\t/src/main.go:12 +0x1d\n",
            Apply(new JournaldShortPrecise(), GoLines));
    }

    [Fact]
    public void Journald_short_iso_stamps_with_a_colonless_offset()
    {
        Assert.Equal(
            "2026-12-02T10:00:01+0000 host kernel: INFO: task jbd2:412 blocked for more than 120 seconds.\n" +
            "2026-12-02T10:00:01+0000 host CRON[30411]: (root) CMD (true)\n" +
            "2026-12-02T10:00:01+0000 host kernel: Linux version 5.15.0\n",
            Apply(new JournaldShortIso(), KernelLines, EvidenceKind.KernelLog));
    }

    [Fact]
    public void Journald_short_monotonic_stamps_seconds_since_boot_like_dmesg()
    {
        Assert.Equal(
            "[  123.456789] host app[42]: goroutine 1 [running]:\n" +
            "[  123.457789] host app[42]: \tmain.main()\n" +
            "[  123.458789] host app[42]: \t\t/src/main.go:12 +0x1d\n",
            Apply(new JournaldShortMonotonic(), GoLines));
    }

    [Fact]
    public void Journald_keeps_journalctl_markers_of_a_kernel_log()
    {
        Assert.Equal(
            "-- Logs begin at Sat 2025-11-15 08:02:11 CET. --\nDec 02 10:00:01 host kernel: ZFS: Loaded module\n",
            Apply(new JournaldShort(), "-- Logs begin at Sat 2025-11-15 08:02:11 CET. --\n2025-11-20T14:02:11+0100 nas01 kernel: ZFS: Loaded module\n", EvidenceKind.KernelLog));
    }

    [Fact]
    public void Rfc5424_syslog_has_priority_version_stamp_host_app_procid()
    {
        Assert.Equal(
            "<6>1 2026-12-02T10:00:01.000000+00:00 host kernel - - - INFO: task jbd2:412 blocked for more than 120 seconds.\n" +
            "<14>1 2026-12-02T10:00:01.001000+00:00 host CRON 30411 - - (root) CMD (true)\n" +
            "<6>1 2026-12-02T10:00:01.002000+00:00 host kernel - - - Linux version 5.15.0\n",
            Apply(new Rfc5424Syslog(), KernelLines, EvidenceKind.KernelLog));
        Assert.StartsWith("<14>1 2026-12-02T10:00:01.000000+00:00 host app 42 - - goroutine 1 [running]:\n", Apply(new Rfc5424Syslog(), GoLines));
    }

    [Fact]
    public void Docker_json_file_escapes_the_line_as_go_does_with_its_newline_inside()
    {
        Assert.Equal(
            "{\"log\":\"goroutine 1 [running]:\\n\",\"stream\":\"stderr\",\"time\":\"2026-12-02T10:00:01.000000000Z\"}\n" +
            "{\"log\":\"\\tmain.main()\\n\",\"stream\":\"stderr\",\"time\":\"2026-12-02T10:00:01.001000000Z\"}\n" +
            "{\"log\":\"x=\\\"a\\u003cb\\u0026c\\\" \\\\ \\u001b\\n\",\"stream\":\"stderr\",\"time\":\"2026-12-02T10:00:01.002000000Z\"}\n",
            Apply(new DockerJsonFile(), "goroutine 1 [running]:\n\tmain.main()\nx=\"a<b&c\" \\ \u001b\n"));
    }

    [Fact]
    public void Cri_prefixes_stamp_stream_and_full_tag()
    {
        Assert.Equal(
            "2026-12-02T10:00:01.000000000Z stderr F goroutine 1 [running]:\n" +
            "2026-12-02T10:00:01.001000000Z stderr F \tmain.main()\n" +
            "2026-12-02T10:00:01.002000000Z stderr F \t\t/src/main.go:12 +0x1d\n",
            Apply(new CriLog(), GoLines));
    }

    [Fact]
    public void Kubectl_timestamps_prefix_the_stamp_alone()
    {
        Assert.Equal(
            "2026-12-02T10:00:01.000000000Z goroutine 1 [running]:\n" +
            "2026-12-02T10:00:01.001000000Z \tmain.main()\n" +
            "2026-12-02T10:00:01.002000000Z \t\t/src/main.go:12 +0x1d\n",
            Apply(new KubectlTimestamps(), GoLines));
    }

    [Fact]
    public void Compose_prefixes_the_service_and_a_bar()
    {
        Assert.Equal("svc-1  | goroutine 1 [running]:\nsvc-1  | \tmain.main()\nsvc-1  | \t\t/src/main.go:12 +0x1d\n", Apply(new ComposePrefix(), GoLines));
    }

    [Fact]
    public void Container_wrappers_never_carry_the_kernel_log_and_shippers_no_snapshot()
    {
        Assert.NotNull(new CriLog().NotApplicable(EvidenceKind.KernelLog));
        Assert.NotNull(new JournaldShort().NotApplicable(EvidenceKind.Snapshot));
        Assert.Null(new JournaldShort().NotApplicable(EvidenceKind.KernelLog));
        Assert.Null(new KubectlTimestamps().NotApplicable(EvidenceKind.Sampler));
        Assert.Null(new CatNumbered().NotApplicable(EvidenceKind.Snapshot));
    }

    [Fact]
    public void Cat_n_numbers_in_six_columns_and_a_tab()
    {
        Assert.Equal("     1\tgoroutine 1 [running]:\n     2\t\tmain.main()\n     3\t\t\t/src/main.go:12 +0x1d\n", Apply(new CatNumbered(), GoLines));
    }

    [Fact]
    public void Grep_n_numbers_with_a_colon()
    {
        Assert.Equal("1:goroutine 1 [running]:\n2:\tmain.main()\n3:\t\t/src/main.go:12 +0x1d\n", Apply(new GrepNumbered(), GoLines));
    }

    [Fact]
    public void Markdown_quote_quotes_every_line_and_an_empty_one_bare()
    {
        Assert.Equal("> goroutine 1 [running]:\n>\n> \tmain.main()\n", Apply(new MarkdownQuote(), "goroutine 1 [running]:\n\n\tmain.main()\n"));
    }

    [Fact]
    public void Ansi_colours_the_first_token_and_alarm_words_but_not_the_indentation()
    {
        Assert.Equal(
            "\u001b[32mgoroutine\u001b[0m 1 [running]:\n" +
            "\t\u001b[32mmain.main()\u001b[0m\n" +
            "\u001b[1;31mpanic\u001b[0m: runtime \u001b[1;31merror\u001b[0m: invalid memory address\n",
            Apply(new AnsiColours(), "goroutine 1 [running]:\n\tmain.main()\npanic: runtime error: invalid memory address\n"));
    }

    [Fact]
    public void Shell_prompt_puts_the_command_above_and_the_next_prompt_below()
    {
        Assert.Equal("user@host:~$ cat dir/file.txt\n" + GoLines + "user@host:~$ \n", Apply(new ShellPrompt(), GoLines));
        Assert.Equal("user@host:~$ cat dir/file.txt\nno newline\nuser@host:~$ \n", Apply(new ShellPrompt(), "no newline"));
    }

    [Fact]
    public void Head_concatenation_pairs_files_under_headers_and_leaves_an_odd_one_alone()
    {
        var damaged = new HeadConcatenation().ApplyToBundle(
        [
            new DamagedFile("b.txt", EvidenceKind.ServiceLog, "b1\nb2\n"),
            new DamagedFile("a.txt", EvidenceKind.ServiceLog, "a1"),
            new DamagedFile("c.txt", EvidenceKind.Snapshot, "c1\n"),
        ]);
        Assert.Equal(
            [new DamagedFile("a.txt", EvidenceKind.ServiceLog, "==> a.txt <==\na1\n\n==> b.txt <==\nb1\nb2\n"), new DamagedFile("c.txt", EvidenceKind.Snapshot, "==> c.txt <==\nc1\n")],
            damaged);
    }

    [Fact]
    public void Crlf_ends_every_line_with_cr_lf_once()
    {
        Assert.Equal("goroutine 1 [running]:\r\n\tmain.main()\r\n\t\t/src/main.go:12 +0x1d\r\n", Apply(new CrlfLineEnds(), GoLines));
        Assert.Equal("a\r\nb", Apply(new CrlfLineEnds(), "a\r\nb"));
    }

    [Fact]
    public void Lost_indentation_strips_leading_blanks_only()
    {
        Assert.Equal("goroutine 1 [running]:\nmain.main()\n/src/main.go:12 +0x1d\n", Apply(new LostIndentation(), GoLines));
        Assert.Equal("a  b\n", Apply(new LostIndentation(), "  \t a  b\n"));
    }

    [Fact]
    public void Tabs_to_spaces_replaces_every_tab_by_four_spaces()
    {
        Assert.Equal("goroutine 1 [running]:\n    main.main()\n        /src/main.go:12 +0x1d\n", Apply(new TabsToSpaces(), GoLines));
    }

    [Fact]
    public void Nbsp_indentation_turns_leading_blanks_into_no_break_spaces()
    {
        Assert.Equal("goroutine 1 [running]:\n\u00a0\u00a0\u00a0\u00a0main.main()\n\u00a0\u00a0a b\n", Apply(new NbspIndentation(), "goroutine 1 [running]:\n\tmain.main()\n  a b\n"));
    }

    [Fact]
    public void Trailing_whitespace_pads_lines_to_eighty_columns()
    {
        var damaged = Apply(new TrailingWhitespace(), "a\n" + new string('x', 90) + "\n\n");
        Assert.Equal("a" + new string(' ', 79) + "\n" + new string('x', 90) + " \n" + new string(' ', 80) + "\n", damaged);
    }

    [Fact]
    public void First_line_cut_drops_the_first_half_of_the_first_line()
    {
        Assert.Equal(" [running]:\n\tmain.main()\n\t\t/src/main.go:12 +0x1d\n", Apply(new FirstLineCut(), GoLines));
    }

    [Fact]
    public void Truncated_tail_drops_the_last_third_and_stops_mid_line()
    {
        Assert.Equal("goroutine 1 [running]:\n\tmain.", Apply(new TruncatedTail(), GoLines));
        Assert.Equal("line", Apply(new TruncatedTail(), "line one\n"));
    }

    [Fact]
    public void Every_damage_has_a_distinct_name()
    {
        var names = PasteDamages.All.Select(d => d.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(names, n => Assert.Matches("^[a-z0-9-]+$", n));
    }
}
