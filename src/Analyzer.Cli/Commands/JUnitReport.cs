using System.Globalization;
using System.Xml;
using Analyzer.Rules.Testing;

namespace Analyzer.Cli.Commands;

/// <summary>
/// <c>rules test --junit FILE</c>: the results as JUnit XML, the format CI systems show test results in. One
/// testsuite per rule, one testcase per embedded test, a failure element holding every broken expectation.
/// </summary>
internal static class JUnitReport
{
    public static void Write(IReadOnlyList<RuleTestResult> results, Stream output)
    {
        using var w = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) });
        w.WriteStartDocument();
        w.WriteStartElement("testsuites");
        w.WriteAttributeString("name", "triage rules test");
        w.WriteAttributeString("tests", Count(results.Count));
        w.WriteAttributeString("failures", Count(results.Count(r => !r.Passed)));
        foreach (var rule in results.GroupBy(r => r.RuleId))
        {
            w.WriteStartElement("testsuite");
            w.WriteAttributeString("name", rule.Key);
            w.WriteAttributeString("tests", Count(rule.Count()));
            w.WriteAttributeString("failures", Count(rule.Count(r => !r.Passed)));
            foreach (var r in rule)
            {
                w.WriteStartElement("testcase");
                w.WriteAttributeString("classname", r.RuleId);
                w.WriteAttributeString("name", r.Name);
                w.WriteAttributeString("file", r.Location.File);
                w.WriteAttributeString("line", Count(r.Location.Line));
                if (!r.Passed)
                {
                    w.WriteStartElement("failure");
                    w.WriteAttributeString("message", r.Failures[0]);
                    w.WriteString(string.Join('\n', r.Failures.Select(f => $"{r.Location}: {f}")));
                    w.WriteEndElement();
                }
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
