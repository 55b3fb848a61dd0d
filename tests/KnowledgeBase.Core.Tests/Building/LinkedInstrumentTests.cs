using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Model;
using KnowledgeBase.Testing;

namespace KnowledgeBase.Core.Tests.Building;

/// <summary>An instrument's newest text in each language: what a search marks as newest and what the suggestions name.</summary>
public sealed class LinkedInstrumentTests
{
    // The Migration Code of the fixture: a 2011 internal draft (en), 2013 adopted (az, en), 2014 amended (en only).
    private static readonly Lazy<LinkedInstrument> MigrationCode = new(() =>
        BuildPipeline.Read(new BuildOptions(TestPaths.FixtureContent, "", Audience.Internal)).Corpus!.Instruments
            .Single(i => i.Instrument.Slug == "migration-code"));

    private static IEnumerable<string> Described(IEnumerable<(InstrumentVersion Version, RenderedText Text)> newest) =>
        newest.Select(n => $"{n.Text.Text.Language}: {n.Version.Label}");

    [Fact]
    public void Each_language_has_the_newest_version_that_has_a_text_in_it_in_the_order_languages_first_appear()
    {
        Assert.Equal(["en: 2014-10-amended", "az: 2013-07-adopted"], Described(MigrationCode.Value.NewestByLanguage()));
    }

    [Fact]
    public void The_text_given_is_that_version_s_text_in_that_language()
    {
        Assert.All(MigrationCode.Value.NewestByLanguage(), n => Assert.Equal(n.Version.Label, n.Text.Text.Version));
    }

    [Fact]
    public void Among_public_versions_only_a_newer_internal_version_is_passed_over()
    {
        var versions = MigrationCode.Value.Versions;
        var newestInternal = MigrationCode.Value with
        {
            Versions = [.. versions.SkipLast(1), versions[^1] with { Version = versions[^1].Version with { Visibility = Visibility.Internal } }],
        };

        Assert.Equal(["en: 2014-10-amended", "az: 2013-07-adopted"], Described(newestInternal.NewestByLanguage()));
        Assert.Equal(["en: 2013-07-adopted", "az: 2013-07-adopted"], Described(newestInternal.NewestByLanguage(publicOnly: true)));
    }
}
