using System.Text.RegularExpressions;
using KnowledgeBase.Core.Corpus.Reading;
using KnowledgeBase.Core.Diagnostics;

namespace KnowledgeBase.Core.Building.Stages;

/// <summary>Finds the instrument folders and version files under <c>content/</c>, without reading them.</summary>
public static partial class DiscoverFiles
{
    public const string SettingsFileName = "kb.yml";
    public const string InstrumentFileName = "instrument.yml";

    /// <param name="only">The instrument folders to look at (an incremental build reads again only those that changed); null for all.</param>
    public static CorpusLayout Run(string contentRoot, DiagnosticBag diagnostics, IReadOnlyCollection<string>? only = null)
    {
        var root = Path.GetFullPath(contentRoot);
        var settingsPath = Path.Combine(root, SettingsFileName);
        var settings = File.Exists(settingsPath) ? Source(root, settingsPath) : null;

        foreach (var stray in Directory.EnumerateFiles(root, "*.md").Order(StringComparer.Ordinal))
            diagnostics.Error(ContentPaths.Relative(root, stray), 1, DiagnosticCodes.OutsideInstrument,
                "a Markdown file directly in content/ belongs to no instrument; move it into an instrument folder");

        var instruments = new List<InstrumentFolder>();
        var folders = only is null
            ? Directory.EnumerateDirectories(root)
            : only.Select(slug => Path.Combine(root, slug)).Where(Directory.Exists);
        foreach (var folder in folders.Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder);
            if (name.StartsWith('.'))
                continue;
            var found = ReadFolder(root, folder, name, diagnostics);
            if (found is not null)
                instruments.Add(found);
        }
        return new CorpusLayout(root, settings, instruments);
    }

    private static InstrumentFolder? ReadFolder(string root, string folder, string name, DiagnosticBag diagnostics)
    {
        var markdown = Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal).ToList();
        foreach (var nested in Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Except(markdown).Order(StringComparer.Ordinal))
            diagnostics.Error(ContentPaths.Relative(root, nested), 1, DiagnosticCodes.OutsideInstrument,
                "a Markdown file in a subfolder of an instrument belongs to no instrument; version files sit directly in the instrument folder");

        var instrumentFile = Path.Combine(folder, InstrumentFileName);
        if (!File.Exists(instrumentFile))
        {
            if (markdown.Count > 0)
                diagnostics.Error(ContentPaths.Relative(root, instrumentFile), 1, DiagnosticCodes.MissingInstrumentFile,
                    $"the folder '{name}' holds Markdown files but no {InstrumentFileName}: every instrument folder needs one");
            return null;
        }
        if (!Slugs.IsSlug(name))
        {
            diagnostics.Error(ContentPaths.Relative(root, instrumentFile), 1, DiagnosticCodes.InvalidSlug,
                $"the folder name '{name}' is not a valid slug: use lower-case letters, digits and hyphens");
            return null;
        }

        var versions = new List<VersionFile>();
        foreach (var file in markdown)
        {
            var match = VersionFileName().Match(Path.GetFileName(file));
            if (!match.Success)
            {
                diagnostics.Error(ContentPaths.Relative(root, file), 1, DiagnosticCodes.BadFileName,
                    "a version file is named <version>.<lang>.md, e.g. 2013-07-adopted.en.md");
                continue;
            }
            versions.Add(new VersionFile(Source(root, file), name, match.Groups["stem"].Value, match.Groups["lang"].Value));
        }
        return new InstrumentFolder(name, Source(root, instrumentFile), versions);
    }

    private static SourceFile Source(string root, string path) => new(path, ContentPaths.Relative(root, path));

    [GeneratedRegex(@"^(?<stem>[^.][^/\\]*)\.(?<lang>[a-z]{2,3})\.md$")]
    private static partial Regex VersionFileName();
}
