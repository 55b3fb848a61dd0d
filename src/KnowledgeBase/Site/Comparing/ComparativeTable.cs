using KnowledgeBase.Core.Storage;
using KnowledgeBase.Core.Versions.Comparing;

namespace KnowledgeBase.Site.Comparing;

/// <summary>
/// The comparative table that accompanies a draft: current wording, proposed wording and a note, one row per changed article
/// or part in the later text's order. Computed once and shared by the printable page and the Word document.
/// </summary>
/// <remarks>
/// A new or repealed article is one row with its whole wording, its parts inside it, rather than a row per part. An article
/// whose own wording (label, heading, opening words) stayed the same but whose parts changed is left to its parts' rows, so a
/// change is never shown twice. Sections and chapters are not rows: what a drafter amends is articles and their parts.
/// </remarks>
public sealed record ComparativeTable(StoredInstrument Instrument, StoredVersion From, StoredVersion To, string Language, IReadOnlyList<ComparativeTableRow> Rows)
{
    /// <summary>
    /// The comparison's time budget ran out: some articles may be listed as repealed and new instead of amended, or a row's
    /// wording shown replaced whole instead of word by word. The page and the Word document say so; an export is made without
    /// a budget, so only the page can be cut short.
    /// </summary>
    public bool Curtailed { get; init; }

    /// <summary>The note the page and the Word document show above a table cut short (<see cref="Curtailed"/>).</summary>
    public static string CurtailedNote(UiLanguage ui) => ui.Pick(
        "This table was cut short because the server was busy: some provisions may be shown as repealed and new instead of amended, or their wording replaced whole instead of word by word. Reload the page, or download the Word document, which is always complete.",
        "Server məşğul olduğu üçün bu cədvəl qısaldılıb: bəzi müddəalar dəyişdirilmiş yerinə çıxarılmış və yeni kimi, və ya redaksiyası söz-söz deyil, tam əvəz olunmuş kimi göstərilə bilər. Səhifəni yeniləyin və ya həmişə tam olan Word sənədini yükləyin.");

    public string Title => Titles.Of(Instrument, Language);

    public string? Notice => Titles.NoticeOf(Instrument, Language);

    /// <summary>What the table compares, under the title: "Comparative table: 2013-07-adopted (2 July 2013) → 2014-10-amended (17 October 2014)".</summary>
    public string Subtitle(UiLanguage ui) =>
        ui.Pick("Comparative table", "Müqayisəli cədvəl")
        + $": {From.Label} ({Dates.InWords(From.Date, ui)}) → {To.Label} ({Dates.InWords(To.Date, ui)})";

    /// <summary>The three column headings, the same on the page and in the Word document.</summary>
    public static IReadOnlyList<string> Columns(UiLanguage ui) =>
        [ui.Pick("Current wording", "Mövcud redaksiya"), ui.Pick("Proposed wording", "Təklif olunan redaksiya"), ui.Pick("Note", "Qeyd")];

    /// <summary>The Word document's file name: <c>migration-code-2013-07-adopted-to-2014-10-amended.docx</c>, the language added when not English.</summary>
    public string FileName =>
        $"{Instrument.Id}-{From.Label}-to-{To.Label}{(Language == TextLookup.DefaultLanguage ? "" : "-" + Language)}.docx";

    /// <param name="fromText">The earlier text, every provision in document order.</param>
    /// <param name="toText">The later text, likewise.</param>
    /// <param name="budget">The deadline of the rows' word diffs (shared with the comparison); without one
    /// (<see cref="ComparisonBudget.None"/>), every row is diffed, the same way however busy the machine.</param>
    public static ComparativeTable Of(
        StoredInstrument instrument, StoredVersion from, StoredVersion to, string language,
        IReadOnlyList<StoredProvision> fromText, IReadOnlyList<StoredProvision> toText, VersionComparison comparison, UiLanguage ui,
        ComparisonBudget? budget = null)
    {
        budget ??= ComparisonBudget.None;
        var differ = budget.Differ;
        var curtailed = comparison.Curtailed;
        var earlier = new TextWording(fromText);
        var later = new TextWording(toText);
        var added = comparison.Changes.Where(c => c.Kind == ChangeKind.Added).Select(c => c.ToEId!).ToHashSet(StringComparer.Ordinal);
        var removed = comparison.Changes.Where(c => c.Kind == ChangeKind.Removed).Select(c => c.FromEId!).ToHashSet(StringComparer.Ordinal);

        var rows = new List<ComparativeTableRow>();
        foreach (var change in comparison.Changes.Where(c => c.Kind != ChangeKind.Unchanged))
        {
            var before = change.FromEId is null ? null : earlier[change.FromEId];
            var after = change.ToEId is null ? null : later[change.ToEId];
            var kind = (after ?? before)!.Kind;
            if (kind is not ("article" or "paragraph") || InsideWholeArticle(change))
                continue;

            var whole = change.Kind is ChangeKind.Added or ChangeKind.Removed;
            var current = before is null ? "" : whole ? earlier.Whole(before.EId) : TextWording.Own(before);
            var proposed = after is null ? "" : whole ? later.Whole(after.EId) : TextWording.Own(after);
            if (kind == "article" && change.Kind == ChangeKind.Modified && current == proposed)
                continue;
            curtailed |= budget.DiffingSpent();
            rows.Add(new ComparativeTableRow(change.Kind, change.FromEId, change.ToEId, current, differ.Compare(current, proposed, budget.DiffingDeadline),
                ChangeNotes.Of(change, before, after, ui)));
        }
        return new ComparativeTable(instrument, from, to, language, rows) { Curtailed = curtailed };

        // A part of a new article, or a part that went with its repealed article, is quoted in the article's row.
        bool InsideWholeArticle(ProvisionChange change) =>
            (change.ToEId is { } toEId && later.ArticleOf(toEId) is { } newArticle && added.Contains(newArticle))
            || (change.Kind == ChangeKind.Removed && earlier.ArticleOf(change.FromEId!) is { } oldArticle && removed.Contains(oldArticle));
    }
}
