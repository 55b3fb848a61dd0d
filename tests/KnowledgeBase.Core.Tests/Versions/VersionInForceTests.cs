using KnowledgeBase.Core.Model;
using KnowledgeBase.Core.Versions;

namespace KnowledgeBase.Core.Tests.Versions;

public sealed class VersionInForceTests
{
    private static readonly InstrumentVersion[] MigrationCode = MigrationCodeVersions.All;

    [Theory]
    [InlineData("2014-11-01", "2014-10-amended")]
    [InlineData("2014-10-17", "2014-10-amended")]
    [InlineData("2014-10-16", "2013-07-adopted")]
    [InlineData("2013-08-01", "2013-07-adopted")]
    [InlineData("2017-01-01", "2014-10-amended")]
    public void The_newest_enacted_version_on_or_before_the_date_applies(string date, string expected)
    {
        Assert.Equal(expected, VersionInForce.On(MigrationCode, Date(date))?.Label);
    }

    [Fact]
    public void Before_anything_was_enacted_the_newest_draft_applies()
    {
        Assert.Equal("2013-04-parliament-draft", VersionInForce.On(MigrationCode, Date("2013-05-01"))?.Label);
    }

    [Fact]
    public void Before_the_first_version_the_oldest_applies()
    {
        Assert.Equal("2011-cabinet-draft", VersionInForce.On(MigrationCode, Date("2010-06-04"))?.Label);
    }

    [Fact]
    public void An_instrument_without_versions_has_none_in_force()
    {
        Assert.Null(VersionInForce.On([], Date("2014-01-01")));
    }

    private static DateOnly Date(string iso) => MigrationCodeVersions.Date(iso);
}
