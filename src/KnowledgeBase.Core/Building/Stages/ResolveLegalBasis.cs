using KnowledgeBase.Core.Citations;
using KnowledgeBase.Core.Diagnostics;
using KnowledgeBase.Core.Linking;

namespace KnowledgeBase.Core.Building.Stages;

/// <summary>Resolves every procedure's <c>legal-basis</c> entries; one that names nothing is an error.</summary>
public static class ResolveLegalBasis
{
    public static IReadOnlyList<ResolvedLegalBasis> Run(IReadOnlyList<ParsedInstrument> instruments, CitationResolver resolver, DiagnosticBag diagnostics)
    {
        var resolved = new List<ResolvedLegalBasis>();
        foreach (var instrument in instruments)
        {
            foreach (var version in instrument.Versions)
            {
                var path = version.Texts[0].Path;
                var context = new CitingContext(instrument.Instrument.Slug, version.Version.Label, version.Texts[0].Language, version.Version.Date, path, version.Version.Visibility);
                foreach (var entry in version.Version.LegalBasis)
                {
                    if (!KbLink.TryParse("kb:" + entry.Reference, out var link) || link is null)
                    {
                        diagnostics.Error(path, entry.Line, DiagnosticCodes.UnresolvedLegalBasis, $"'{entry.Reference}' is not 'slug/eId' or 'slug@version/eId'");
                        continue;
                    }
                    var resolution = resolver.Resolve(link, context);
                    if (resolution.Target is null)
                        diagnostics.Error(path, entry.Line, DiagnosticCodes.UnresolvedLegalBasis, $"legal basis '{entry.Reference}' does not resolve: {resolution.Problem}");
                    else
                        resolved.Add(new ResolvedLegalBasis(instrument.Instrument.Slug, version.Version.Label, entry.Reference, resolution.Target));
                }
            }
        }
        return resolved;
    }
}
