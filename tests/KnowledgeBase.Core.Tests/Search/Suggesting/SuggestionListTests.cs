using KnowledgeBase.Core.Search.Suggesting;
using KnowledgeBase.Testing;

namespace KnowledgeBase.Core.Tests.Search.Suggesting;

public sealed class SuggestionListTests
{
    private static readonly SuggestionList Names = SuggestionList.Of(
    [
        new("Issue of a work permit", SuggestionKind.Procedure, "en", "work-permit", "2014-11", null),
        new("İş icazəsinin verilməsi", SuggestionKind.Procedure, "az", "work-permit", "2014-11", null),
        new("Work permit", SuggestionKind.Provision, "en", "migration-code", "2018-amended", "art_35"),
        new("İş icazəsi", SuggestionKind.Provision, "az", "migration-code", "2014-10-amended", "art_35"),
        new("Yaşamaq üçün icazə vəsiqəsi", SuggestionKind.Provision, "az", "migration-code", "2014-10-amended", "art_27"),
        new("Вид на жительство", SuggestionKind.Provision, "ru", "migration-code", "2014-10-amended", "art_27"),
        new("Migration Code", SuggestionKind.Instrument, "en", "migration-code", "2018-amended", null),
        new("Work permit", SuggestionKind.Provision, "en", "migration-code", "2013-07-adopted", "art_35"),
    ]);

    private static List<string> Texts(string typed, string? language = null, int max = 10) =>
        [.. Names.Suggest(typed, language, max).Select(s => s.Text)];

    public sealed class Matching
    {
        [Theory]
        [InlineData("icaz")]
        [InlineData("İcaz")]
        [InlineData("ICAZ")]
        [InlineData("icazə")]
        public void Finds_a_word_start_however_its_letters_are_typed(string typed) =>
            Assert.Equal(["İş icazəsi", "İş icazəsinin verilməsi", "Yaşamaq üçün icazə vəsiqəsi"], Texts(typed).Order());

        [Fact]
        public void Finds_several_words_typed_in_order_without_Azerbaijani_letters() =>
            Assert.Equal(["Yaşamaq üçün icazə vəsiqəsi"], Texts("ucun icaze ves"));

        [Fact]
        public void Finds_Russian_names() => Assert.Equal(["Вид на жительство"], Texts("вид на ж"));

        [Fact]
        public void Does_not_find_the_middle_of_a_word() => Assert.Empty(Texts("ermit"));

        [Fact]
        public void Finds_nothing_for_separators_alone() => Assert.Empty(Texts(" - "));

        [Fact]
        public void Narrows_to_a_language() => Assert.Equal(["İş icazəsinin verilməsi", "İş icazəsi"], Texts("iş", "az"));
    }

    public sealed class Ranking
    {
        [Fact]
        public void Offers_names_that_begin_with_what_is_typed_before_names_that_contain_it() =>
            Assert.Equal(["Work permit", "Issue of a work permit"], Texts("work"));

        [Fact]
        public void Offers_a_procedure_before_a_provision_when_both_begin_alike() =>
            Assert.Equal(["İş icazəsinin verilməsi", "İş icazəsi"], Texts("iş icazəsi"));

        [Fact]
        public void Keeps_a_name_repeated_in_the_same_language_once() =>
            Assert.Single(Names.Suggest("work permit", "en"), s => s.Text == "Work permit");
    }

    public sealed class Bounds
    {
        [Fact]
        public void Returns_at_most_the_number_asked_for() => Assert.Equal(2, Texts("i", max: 2).Count);

        [Fact]
        public void Never_returns_more_than_twenty()
        {
            var many = SuggestionList.Of(Enumerable.Range(0, 100).Select(i => new Suggestion($"Permit {i}", SuggestionKind.Provision, "en", "s", "v", $"art_{i}")));

            Assert.Equal(SuggestionList.MaxResults, many.Suggest("permit", max: 1000).Count);
        }

        [Fact]
        public void Reads_only_the_first_hundred_characters_typed() =>
            Assert.Equal(["Work permit", "Issue of a work permit"], Texts("work permit" + new string(' ', 95) + "zzz", "en"));
    }

    public sealed class File
    {
        [Fact]
        public void Reads_back_what_was_written()
        {
            using var temp = new TempFolder();
            var path = temp.Combine(SuggestionFile.Name);
            SuggestionFile.Write(Names, path);

            var read = SuggestionFile.Read(path);

            Assert.Equal(Names.Count, read.Count);
            Assert.Equal(Names.Suggest("icaz"), read.Suggest("icaz"));
        }

        [Fact]
        public void Of_a_build_without_one_is_empty() => Assert.Equal(0, SuggestionFile.Read("/nonexistent/suggestions.bin").Count);
    }
}
