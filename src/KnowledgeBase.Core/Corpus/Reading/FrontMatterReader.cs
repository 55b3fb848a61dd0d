using System.Globalization;
using KnowledgeBase.Core.Diagnostics;
using KnowledgeBase.Core.Model;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Core.Corpus.Reading;

/// <summary>Splits a version file into its YAML front matter and its Markdown body, and reads the front matter.</summary>
public static class FrontMatterReader
{
    public static VersionSource? Read(VersionFile file, DiagnosticBag diagnostics, ContentLimits? limits = null)
    {
        var text = ContentFileReader.Read(file.File, diagnostics, limits);
        return text is null ? null : Read(file, text, diagnostics);
    }

    /// <summary>The front matter alone, with an empty body, when the file's first 64 KiB hold it; else the whole file as <see cref="Read(VersionFile, DiagnosticBag, ContentLimits?)"/> reads it.</summary>
    /// <remarks>For a version an incremental build does not parse again (its file unchanged since the published build, which read
    /// it whole without error): a code of 28 versions is 43 MB, its front matter a few hundred bytes per file.</remarks>
    public static VersionSource? ReadHead(VersionFile file, DiagnosticBag diagnostics, ContentLimits? limits = null)
    {
        var prefix = ContentFileReader.ReadPrefix(file.File, 64 * 1024);
        return prefix is not null && Split(prefix).Yaml is not null
            ? Read(file, prefix, diagnostics) is { } head ? head with { Body = "" } : null
            : Read(file, diagnostics, limits);
    }

    private static VersionSource? Read(VersionFile file, string text, DiagnosticBag diagnostics)
    {
        var path = file.File.Path;
        var (yaml, body, bodyLine) = Split(text);
        if (yaml is null)
        {
            diagnostics.Error(path, 1, DiagnosticCodes.MissingField, "the file must start with front matter between '---' lines, giving at least 'date' and 'status'");
            return null;
        }
        var map = YamlFile.LoadMapping(yaml, path, 2, diagnostics);
        if (map is null)
            return null;

        var errorsBefore = diagnostics.Count(Severity.Error);
        var label = map.Scalar("version") ?? file.Stem;
        var labelLine = map.Get("version") is { } labelNode ? YamlFile.LineOf(labelNode, 2) : 1;
        if (Slugs.ReservedVersionLabels.Contains(label))
            diagnostics.Error(path, labelLine, DiagnosticCodes.ReservedVersion, $"'{label}' is reserved for the site's URLs; choose another version label");
        else if (!Slugs.IsVersionLabel(label))
            diagnostics.Error(path, labelLine, DiagnosticCodes.InvalidValue, $"the version label '{label}' may hold only letters, digits, '.', '-' and '_'");

        var date = ReadDate(map, path, diagnostics);
        var status = ReadEnum<VersionStatus>(map, "status", required: true, path, diagnostics);
        var visibility = ReadEnum<Visibility>(map, "visibility", required: false, path, diagnostics);
        var legalBasis = ReadLegalBasis(map.Get("legal-basis"), path, diagnostics);

        if (diagnostics.Count(Severity.Error) > errorsBefore)
            return null;
        return new VersionSource(file, label, date, status, visibility, map.Scalar("note"), legalBasis, body, bodyLine);
    }

    /// <summary>Front matter is the text between a first line <c>---</c> and the next line <c>---</c>.</summary>
    public static (string? Yaml, string Body, int BodyLine) Split(string text)
    {
        var firstEnd = text.IndexOf('\n');
        var firstLine = (firstEnd < 0 ? text : text[..firstEnd]).TrimEnd('\r', ' ', '\t');
        if (firstLine != "---")
            return (null, text, 1);

        var line = 2;
        var position = firstEnd + 1;
        while (position <= text.Length && firstEnd >= 0)
        {
            var end = text.IndexOf('\n', position);
            var current = (end < 0 ? text[position..] : text[position..end]).TrimEnd('\r', ' ', '\t');
            if (current is "---" or "...")
            {
                var yaml = text[(firstEnd + 1)..position];
                var body = end < 0 ? "" : text[(end + 1)..];
                return (yaml, body, line + 1);
            }
            if (end < 0)
                break;
            position = end + 1;
            line++;
        }
        return (null, text, 1);
    }

    private static DateOnly ReadDate(YamlMappingNode map, string path, DiagnosticBag diagnostics)
    {
        var node = map.Get("date");
        var value = map.Scalar("date");
        if (node is null || value is null)
        {
            diagnostics.Error(path, 1, DiagnosticCodes.MissingField, "'date' is required: the ISO date of this version, e.g. date: 2013-07-02");
            return default;
        }
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            diagnostics.Error(path, YamlFile.LineOf(node, 2), DiagnosticCodes.InvalidValue, $"'{value}' is not an ISO date (yyyy-mm-dd)");
        return date;
    }

    private static T ReadEnum<T>(YamlMappingNode map, string key, bool required, string path, DiagnosticBag diagnostics) where T : struct, Enum
    {
        var value = map.Scalar(key);
        if (value is null)
        {
            if (required)
                diagnostics.Error(path, 1, DiagnosticCodes.MissingField, $"'{key}' is required: {EnumNames.Allowed<T>()}");
            return default;
        }
        if (!EnumNames.TryParse<T>(value, out var parsed))
            diagnostics.Error(path, YamlFile.LineOf(map.Get(key)!, 2), DiagnosticCodes.InvalidValue,
                $"unknown {key} '{value}': expected {EnumNames.Allowed<T>()}");
        return parsed;
    }

    private static List<LegalBasisEntry> ReadLegalBasis(YamlNode? node, string path, DiagnosticBag diagnostics)
    {
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode { Value: { Length: > 0 } one }:
                return [new LegalBasisEntry(one.Trim(), YamlFile.LineOf(node, 2))];
            case YamlSequenceNode list:
                var entries = new List<LegalBasisEntry>();
                foreach (var item in list.Children)
                {
                    if (item is YamlScalarNode { Value: { Length: > 0 } reference })
                        entries.Add(new LegalBasisEntry(reference.Trim(), YamlFile.LineOf(item, 2)));
                    else
                        diagnostics.Error(path, YamlFile.LineOf(item, 2), DiagnosticCodes.InvalidValue, "a legal-basis entry is 'slug/eId', e.g. migration-code/art_45");
                }
                return entries;
            default:
                diagnostics.Error(path, YamlFile.LineOf(node, 2), DiagnosticCodes.InvalidValue, "'legal-basis' is a list of 'slug/eId' entries");
                return [];
        }
    }
}
