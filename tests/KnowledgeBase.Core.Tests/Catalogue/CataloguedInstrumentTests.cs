using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Catalogue;

namespace KnowledgeBase.Core.Tests.Catalogue;

/// <summary>What a reader sees of a catalogued instrument: the store's rule for hidden versions.</summary>
public sealed class CataloguedInstrumentTests
{
    private static CataloguedInstrument Instrument(string kind, params string[] visibilities) =>
        new("slug", kind, new Dictionary<string, string> { ["en"] = "Title" },
            [.. visibilities.Select((v, i) => new CataloguedVersion("slug", $"v{i}", $"200{i}-01-01", "in-force", v, null))]);

    [Theory]
    [InlineData("law", "public,internal", "public")]
    [InlineData("law", "internal", "")]                          // a draft law does not exist for an officer
    [InlineData("code", "internal,public,internal", "public")]
    [InlineData("procedure", "public,internal", "public,internal")]  // officers apply internal procedures
    [InlineData("law", "public,secret", "public")]               // an unreadable visibility is internal: doubt hides
    [InlineData("unknown-kind", "internal,public", "public")]     // an unreadable kind is not a procedure
    public void An_officer_sees_public_versions_and_internal_procedures(string kind, string versions, string seen)
    {
        var instrument = Instrument(kind, versions.Split(','));

        var shown = instrument.SeenBy(ReaderAccess.WithoutDraftLegislation);

        Assert.Equal(seen, shown is null ? "" : string.Join(',', shown.Versions.Select(v => v.Visibility)));
    }

    [Fact]
    public void A_drafter_sees_every_version()
    {
        var instrument = Instrument("law", "internal", "public", "internal");

        Assert.Same(instrument, instrument.SeenBy(ReaderAccess.Everything));
    }
}
