using System.Text.RegularExpressions;
using KnowledgeBase.Core.Citations;
using KnowledgeBase.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Core.Corpus.Reading;

/// <summary>Reads <c>kb.yml</c>'s <c>links:</c>, the forms of link targets that name acts of the corpus (see <see cref="LinkRule"/>).</summary>
public static class LinkRulesReader
{
    // Wall-clock time: generous, since a pause of the process counts too; a runaway pattern still cannot hang the build.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(5);

    public static IReadOnlyList<LinkRule> Read(SourceFile? settings, DiagnosticBag diagnostics)
    {
        if (settings is null)
            return [];
        // Read again, not shared with the language settings: kb.yml is a few lines, and each reader stays one concern.
        var text = ContentFileReader.Read(settings, new DiagnosticBag());
        var map = text is null ? null : YamlFile.LoadMapping(text, settings.Path, 1, new DiagnosticBag());
        if (map?.Get("links") is not { } links)
            return [];
        if (links is not YamlSequenceNode list)
        {
            diagnostics.Error(settings.Path, YamlFile.LineOf(links, 1), DiagnosticCodes.InvalidValue, "'links' is a list of 'pattern' and 'instrument' pairs");
            return [];
        }
        var rules = new List<LinkRule>();
        foreach (var item in list.Children)
        {
            var line = YamlFile.LineOf(item, 1);
            if (item is not YamlMappingNode rule || rule.Scalar("pattern") is not { } pattern || rule.Scalar("instrument") is not { } instrument)
            {
                diagnostics.Error(settings.Path, line, DiagnosticCodes.InvalidValue, "a link rule needs a 'pattern' and an 'instrument'");
                continue;
            }
            try
            {
                rules.Add(new LinkRule(new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled, MatchTimeout), instrument));
            }
            catch (ArgumentException e)
            {
                diagnostics.Error(settings.Path, line, DiagnosticCodes.InvalidValue, $"'pattern' is not a valid regular expression: {e.Message}");
            }
        }
        return rules;
    }
}
