using System.Diagnostics;
using System.Text;
using KnowledgeBase.Core.Citations;

namespace KnowledgeBase.Core.Tests.Citations;

public partial class CitationRecognizerTests
{
    public class Robustness
    {
        // Pieces that come close to citations, so random text exercises the grammar rather than skipping past it.
        private static readonly string[] Pieces =
        [
            "Article ", "Articles ", "Art.", "paragraph ", " of ", "the ", "this Code", "Migration Code", "Law on ", "Citizenship",
            "maddə", "maddəsinin", "-ci", "-cü", " və ", "bu Məcəllənin ", "Miqrasiya Məcəlləsinin ", "Qanunun ",
            "статьи ", "части ", "ст.", " и ", "Миграционного кодекса", "Закона ", "«О ", "»",
            "12", "3", "45", ".", "-", "–", "—", ",", " ", "  ", "\n", "bis", "b", "“", "”", "\"", "İ", "ı",
        ];

        public static TheoryData<string, int> Seeds() => new()
        {
            { "en", 1 }, { "en", 2 }, { "az", 3 }, { "az", 4 }, { "ru", 5 }, { "ru", 6 },
        };

        [Theory]
        [MemberData(nameof(Seeds))]
        public void Random_text_gives_well_formed_citations_in_order(string language, int seed)
        {
            var recognizer = RecognizerFor(language);
            var random = new Random(seed);
            for (var sample = 0; sample < 300; sample++)
            {
                var text = RandomText(random, random.Next(0, 60));

                var previousEnd = 0;
                foreach (var citation in recognizer.Recognize(text))
                {
                    Assert.True(citation.Start >= previousEnd, $"overlapping or out of order in “{text}”");
                    previousEnd = citation.Start + citation.Length;
                    Assert.Equal(text.Substring(citation.Start, citation.Length), citation.Text);
                    Assert.NotEmpty(citation.Targets);
                    Assert.All(citation.Targets, t => Assert.True(
                        t is { NumberStart: -1, NumberLength: 0 }
                        || (t.NumberStart >= citation.Start && t.NumberStart + t.NumberLength <= citation.Start + citation.Length
                            && char.IsAsciiDigit(text[t.NumberStart])),
                        $"{t} in “{text}”"));
                }
            }
        }

        public static TheoryData<string, string> LongInputs() => new()
        {
            { "en", "Article " + Repeat("1, ", 20_000) },
            { "en", "Article " + Repeat("1.", 50_000) },
            { "en", Repeat("Article 12 of the Law on ", 5_000) },
            { "en", "Article 5 of " + Repeat("Capital ", 50_000) },
            { "az", Repeat("1, ", 20_000) + "x" },
            { "az", Repeat("Böyük ", 50_000) + "5-ci maddə" },
            { "az", Repeat("12-ci və ", 20_000) },
            { "ru", "статьи " + Repeat("1 и ", 20_000) },
            { "ru", Repeat("«", 50_000) },
            { "ru", new string('9', 200_000) },
            // Big citations: the work after the match (ranges, levels, targets) must stay bounded too.
            { "en", "Articles 1" + Repeat("–1", 20_000) },
            { "en", "Articles " + Repeat("1–200, ", 20_000) + "1" },
            { "en", Repeat("paragraph 1 of ", 20_000) + "Article 5" },
            { "en", "paragraphs " + Repeat("1, ", 10_000) + "1 of Articles " + Repeat("1, ", 10_000) + "1" },
            { "az", Repeat("1-ci və ", 10_000) + "1-ci maddəsinin" + Repeat(" 1-ci hissəsinin", 10_000) },
        };

        [Theory]
        [MemberData(nameof(LongInputs))]
        public void Long_input_ends_in_bounded_time(string language, string text)
        {
            var clock = Stopwatch.StartNew();

            _ = RecognizerFor(language).Recognize(text);

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        }

        [Fact]
        public void Citations_before_a_pathological_stretch_are_kept()
        {
            // Numbers that could all precede an Azerbaijani article word that never comes: searching them is quadratic,
            // so the match timeout may cut the search short; what was found before it stays found.
            var text = "Bu halda 5-ci maddə tətbiq edilir: " + Repeat("1, ", 100_000);

            var citation = Assert.Single(SampleCorpus.Azerbaijani.Recognize(text));

            Assert.Equal("5-ci maddə", citation.Text);
        }

        [Fact]
        public void Empty_text_has_no_citations() => Assert.Empty(SampleCorpus.English.Recognize(""));

        private static CitationRecognizer RecognizerFor(string language) => language switch
        {
            "az" => SampleCorpus.Azerbaijani,
            "ru" => SampleCorpus.Russian,
            _ => SampleCorpus.English,
        };

        private static string RandomText(Random random, int pieces)
        {
            var text = new StringBuilder();
            for (var i = 0; i < pieces; i++)
                text.Append(random.Next(8) == 0 ? (char)random.Next(0x20, 0x500) : Pieces[random.Next(Pieces.Length)]);
            return text.ToString();
        }

        private static string Repeat(string piece, int times) => new StringBuilder(piece.Length * times).Insert(0, piece, times).ToString();
    }
}
