using KnowledgeBase.Core.Diagnostics;
using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Corpus.Reading;

/// <summary>Reads an instrument's <c>instrument.yml</c>.</summary>
public static class InstrumentReader
{
    public static Instrument? Read(InstrumentFolder folder, DiagnosticBag diagnostics)
    {
        var file = folder.InstrumentFile;
        var text = ContentFileReader.Read(file, diagnostics);
        if (text is null)
            return null;
        var map = YamlFile.LoadMapping(text, file.Path, 1, diagnostics);
        if (map is null)
            return null;

        var title = LocalizedTextReader.Read(map.Get("title"), "title", file.Path, 1, diagnostics);
        if (title.IsEmpty)
            diagnostics.Error(file.Path, 1, DiagnosticCodes.MissingField, "'title' is required, e.g. title: { en: Migration Code }");

        InstrumentKind kind = default;
        var kindWord = map.Scalar("kind");
        if (kindWord is null)
            diagnostics.Error(file.Path, 1, DiagnosticCodes.MissingField, $"'kind' is required: {EnumNames.Allowed<InstrumentKind>()}");
        else if (!EnumNames.TryParse(kindWord, out kind))
            diagnostics.Error(file.Path, YamlFile.LineOf(map.Get("kind")!, 1), DiagnosticCodes.InvalidValue,
                $"unknown kind '{kindWord}': expected {EnumNames.Allowed<InstrumentKind>()}");

        var topic = map.Scalar("topic");
        if (topic is not null && !ProcedureTopics.All.Contains(topic))
            diagnostics.Error(file.Path, YamlFile.LineOf(map.Get("topic")!, 1), DiagnosticCodes.InvalidValue,
                $"unknown topic '{topic}': expected {string.Join(" | ", ProcedureTopics.All)}");

        var instrument = new Instrument(
            folder.Slug,
            kind,
            title,
            LocalizedTextReader.ReadNames(map.Get("short"), file.Path, 1, diagnostics),
            map.Scalar("number"),
            map.Scalar("issuer"),
            LocalizedTextReader.Read(map.Get("notice"), "notice", file.Path, 1, diagnostics),
            topic);
        return title.IsEmpty || kindWord is null || !EnumNames.TryParse<InstrumentKind>(kindWord, out _) ? null : instrument;
    }
}
