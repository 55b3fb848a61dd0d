using KnowledgeBase.Core.Model;
using KnowledgeBase.Core.Versions;

namespace KnowledgeBase.Core.Tests.Versions;

public sealed class InForcePeriodsTests
{
    private static readonly InstrumentVersion[] MigrationCode = MigrationCodeVersions.All;

    [Theory]
    [InlineData("2011-cabinet-draft", null, "2013-04-17")]
    [InlineData("2013-04-parliament-draft", "2013-04-17", "2013-07-02")]
    [InlineData("2013-07-adopted", "2013-07-02", "2014-10-17")]
    [InlineData("2014-10-amended", "2014-10-17", null)]
    public void Each_version_is_in_force_from_its_date_until_the_next_one_applies(string label, string? from, string? until)
    {
        var period = InForcePeriods.Of(MigrationCode)[label];

        Assert.Equal(new InForcePeriod(Date(from), Date(until)), period);
    }

    [Fact]
    public void A_draft_after_the_enacted_text_is_never_in_force() =>
        Assert.False(InForcePeriods.Of(MigrationCode).ContainsKey("2016-draft"));

    [Fact]
    public void Of_two_versions_on_one_day_the_rule_names_one_and_the_other_is_never_in_force()
    {
        InstrumentVersion[] versions =
        [
            MigrationCodeVersions.Version("2019", "2019-01-01", VersionStatus.Adopted),
            MigrationCodeVersions.Version("2020-a", "2020-01-01", VersionStatus.Adopted),
            MigrationCodeVersions.Version("2020-b", "2020-01-01", VersionStatus.Adopted),
        ];

        var periods = InForcePeriods.Of(versions);

        Assert.Equal(["2019", "2020-b"], periods.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(new InForcePeriod(Date("2020-01-01"), null), periods["2020-b"]);
    }

    [Fact]
    public void A_single_version_is_in_force_on_every_day() =>
        Assert.Equal(new InForcePeriod(null, null), InForcePeriods.Of([MigrationCodeVersions.Version("only", "2020-05-05", VersionStatus.Draft)])["only"]);

    [Fact]
    public void No_versions_have_no_periods() => Assert.Empty(InForcePeriods.Of([]));

    [Fact]
    public void The_periods_agree_with_the_rule_on_every_day()
    {
        var periods = InForcePeriods.Of(MigrationCode);

        for (var day = new DateOnly(2010, 1, 1); day < new DateOnly(2017, 1, 1); day = day.AddDays(1))
        {
            var expected = VersionInForce.On(MigrationCode, day)!.Label;
            Assert.Equal([expected], periods.Where(p => p.Value.Contains(day)).Select(p => p.Key));
        }
    }

    private static DateOnly? Date(string? iso) => iso is null ? null : MigrationCodeVersions.Date(iso);
}
