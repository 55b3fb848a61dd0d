using KnowledgeBase.Core.Search;

namespace KnowledgeBase.Core.Tests.Search;

public sealed partial class SearchIndexTests
{
    public sealed class Filters(SampleIndex sample) : IClassFixture<SampleIndex>
    {
        [Theory]
        [InlineData("code", new[] { NewAz45, NewAz46 })]
        [InlineData("Code", new[] { NewAz45, NewAz46 })]
        [InlineData("procedure", new[] { ProcedureAz })]
        [InlineData("law", new string[0])]
        [InlineData("", new[] { NewAz45, NewAz46, ProcedureAz })]
        public void Kind(string kind, string[] expected) =>
            Assert.Equal(Sorted(expected), Found(sample.Search("icaze", kind: kind)));

        [Theory]
        [InlineData("draft", new[] { ProcedureAz })]
        [InlineData("in-force", new[] { NewAz45, NewAz46 })]
        [InlineData("repealed", new string[0])]
        public void Status(string status, string[] expected) =>
            Assert.Equal(Sorted(expected), Found(sample.Search("icaze", status: status)));

        [Theory]
        [InlineData("en", new[] { NewEn45, NewEn46 })]
        [InlineData("az", new[] { NewAz45, NewAz46, ProcedureAz })]
        [InlineData("ru", new string[0])]
        [InlineData("fr", new string[0])]
        public void Language(string language, string[] expected) =>
            Assert.Equal(Sorted(expected), Found(sample.Search("icaze OR permit", language: language)));

        [Fact]
        public void Instrument() =>
            Assert.Equal(Sorted(NewAz45, NewAz46), Found(sample.Search("icaze", instrument: "migration-code")));

        [Theory]
        [InlineData(null, new[] { NewAz45, NewEn45 })]
        [InlineData("all", new[] { NewAz45, NewEn45, OldAz45, OldEn45 })]
        [InlineData("ALL", new[] { NewAz45, NewEn45, OldAz45, OldEn45 })]
        [InlineData(SampleLegislation.OldVersion, new[] { OldAz45, OldEn45 })]
        [InlineData(SampleLegislation.NewVersion, new[] { NewAz45, NewEn45 })]
        public void Version_is_the_newest_unless_asked(string? version, string[] expected) =>
            Assert.Equal(Sorted(expected), Found(sample.Search("temporary OR muveqqeti", version: version)));

        [Fact]
        public void Filters_combine()
        {
            var results = sample.Search("permit OR icaze", kind: "code", status: "adopted", language: "en", instrument: "migration-code", version: "all");

            Assert.Equal([OldEn45], Found(results));
        }

        [Theory]
        [InlineData("statute", null)]
        [InlineData(null, "in_force")]
        public void An_unknown_kind_or_status_is_refused(string? kind, string? status)
        {
            var error = Assert.Throws<InvalidSearchQueryException>(() => sample.Search("icaze", kind: kind, status: status));

            Assert.Contains("use one of", error.Message, StringComparison.Ordinal);
        }
    }
}
