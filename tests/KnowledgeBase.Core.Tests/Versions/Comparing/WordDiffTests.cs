using KnowledgeBase.Core.Versions.Comparing;

namespace KnowledgeBase.Core.Tests.Versions.Comparing;

public class WordDiffTests
{
    /// <summary>Runs written <c>=kept</c>, <c>-deleted</c>, <c>+inserted</c>, joined with <c>|</c>.</summary>
    private static string Notation(TextDiff diff) =>
        string.Join('|', diff.Runs.Select(r => (r.Kind switch { DiffRunKind.Deleted => "-", DiffRunKind.Inserted => "+", _ => "=" }) + r.Text));

    public class Words
    {
        [Theory]
        [InlineData(
            "Əcnəbi 3 gün ərzində qeydiyyata alınır.",
            "Əcnəbi 10 gün ərzində qeydiyyata alınır.",
            "=Əcnəbi |-3|+10|= gün ərzində qeydiyyata alınır.")]
        [InlineData(
            "Əcnəbi şəxs qeydiyyata alınır.",
            "Əcnəbi şəxs qeydiyyatdan keçir.",
            "=Əcnəbi şəxs |-qeydiyyata|+qeydiyyatdan|= |-alınır|+keçir|=.")]
        [InlineData(
            "Иностранец регистрируется в течение трёх дней.",
            "Иностранец регистрируется в течение десяти дней.",
            "=Иностранец регистрируется в течение |-трёх|+десяти|= дней.")]
        [InlineData(
            "Наймодатель уведомляет миграционную службу.",
            "Наймодатель незамедлительно уведомляет миграционную службу.",
            "=Наймодатель |+незамедлительно |=уведомляет миграционную службу.")]
        public void Mark_whole_words_deleted_and_inserted(string from, string to, string expected)
        {
            Assert.Equal(expected, Notation(WordDiff.Default.Compare(from, to)));
        }

        [Fact]
        public void Give_one_unchanged_run_for_the_same_text()
        {
            var diff = WordDiff.Default.Compare("Maddə 1. Ümumi müddəalar", "Maddə 1. Ümumi müddəalar");

            Assert.Equal(("=Maddə 1. Ümumi müddəalar", false), (Notation(diff), diff.Replaced));
        }

        [Fact]
        public void Rebuild_both_texts_from_their_runs()
        {
            const string From = "69.4. Əcnəbi inzibati qaydada ölkədən çıxarılma barədə məhkəmə qərarından 10 gün ərzində şikayət verə bilər.";
            const string To = "70.1. Əcnəbi və ya vətəndaşlığı olmayan şəxs çıxarılma barədə qərardan 10 gün ərzində şikayət edə bilər.";

            var runs = WordDiff.Default.Compare(From, To).Runs;

            Assert.Equal(From, string.Concat(runs.Where(r => r.Kind != DiffRunKind.Inserted).Select(r => r.Text)));
            Assert.Equal(To, string.Concat(runs.Where(r => r.Kind != DiffRunKind.Deleted).Select(r => r.Text)));
        }
    }

    public class Budget
    {
        [Fact]
        public void Texts_with_little_in_common_are_replaced_whole()
        {
            var diff = WordDiff.Default.Compare("Bu Məcəllə miqrasiya siyasətini müəyyən edir.", "Настоящий кодекс вступает в силу со дня опубликования.");

            Assert.True(diff.Replaced);
            Assert.Equal("-Bu Məcəllə miqrasiya siyasətini müəyyən edir.|+Настоящий кодекс вступает в силу со дня опубликования.", Notation(diff));
        }

        [Fact]
        public void Texts_too_long_to_diff_within_the_budget_are_replaced_whole()
        {
            var from = string.Join(' ', Enumerable.Range(0, 30_000).Select(i => $"söz{i}"));
            var to = string.Join(' ', Enumerable.Range(0, 30_000).Select(i => i % 2 == 0 ? $"söz{i}" : $"слово{i}"));

            var diff = WordDiff.Default.Compare(from, to);

            Assert.True(diff.Replaced);
            Assert.Equal([DiffRunKind.Deleted, DiffRunKind.Inserted], diff.Runs.Select(r => r.Kind));
        }

        [Fact]
        public void A_smaller_budget_replaces_texts_the_default_one_diffs()
        {
            const string From = "Əcnəbi 3 gün ərzində qeydiyyata alınır.";
            const string To = "Əcnəbi 10 gün ərzində qeydiyyata alınır.";

            Assert.False(WordDiff.Default.Compare(From, To).Replaced);
            Assert.True(new WordDiff(maxWork: 5).Compare(From, To).Replaced);
        }

        [Fact]
        public void Texts_of_the_same_words_in_an_unrelated_order_are_replaced_whole()
        {
            // The same 300 words, each used 20 times, in two unrelated orders: alike as bags of words, so only the cost cap
            // stops a Myers diff that would otherwise take seconds.
            var words = Enumerable.Range(0, 6_000).Select(i => $"söz{i % 300}").ToArray();
            var from = string.Join(' ', words);
            var shuffled = words.ToArray();
            new Random(7).Shuffle(shuffled);
            var to = string.Join(' ', shuffled);

            var diff = WordDiff.Default.Compare(from, to);

            Assert.True(diff.Replaced);
            Assert.Equal(from + "|" + to, string.Join('|', diff.Runs.Select(r => r.Text)));
        }

        [Fact]
        public void A_long_text_with_a_few_changes_is_diffed_not_replaced()
        {
            var from = string.Join(' ', Enumerable.Range(0, 30_000).Select(i => $"söz{i}"));
            var to = from.Replace("söz100 ", "слово100 ", StringComparison.Ordinal).Replace("söz29000 ", "", StringComparison.Ordinal) + " son";

            var diff = WordDiff.Default.Compare(from, to);

            Assert.False(diff.Replaced);
            Assert.Equal(from, string.Concat(diff.Runs.Where(r => r.Kind != DiffRunKind.Inserted).Select(r => r.Text)));
            Assert.Equal(to, string.Concat(diff.Runs.Where(r => r.Kind != DiffRunKind.Deleted).Select(r => r.Text)));
            Assert.Equal(["söz100", " söz29000"], diff.Runs.Where(r => r.Kind == DiffRunKind.Deleted).Select(r => r.Text));
        }

        [Fact]
        public void A_search_out_of_time_replaces_the_texts_whole()
        {
            const string From = "Əcnəbi 3 gün ərzində qeydiyyata alınır.";
            const string To = "Əcnəbi 10 gün ərzində qeydiyyata alınır.";

            Assert.True(new WordDiff(timeLimit: TimeSpan.Zero).Compare(From, To).Replaced);
        }

        [Fact]
        public void A_page_deadline_already_passed_replaces_changed_texts_but_keeps_equal_ones_unchanged()
        {
            const string From = "Əcnəbi 3 gün ərzində qeydiyyata alınır.";
            const string To = "Əcnəbi 10 gün ərzində qeydiyyata alınır.";

            var changed = WordDiff.Default.Compare(From, To, deadline: 0);
            var same = WordDiff.Default.Compare(From, From, deadline: 0);

            Assert.Equal(("-" + From + "|+" + To, true), (Notation(changed), changed.Replaced));
            Assert.Equal(("=" + From, false), (Notation(same), same.Replaced));
        }
    }
}
