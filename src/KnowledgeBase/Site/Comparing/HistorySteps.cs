using KnowledgeBase.Core.Storage;
using KnowledgeBase.Core.Versions.Comparing;

namespace KnowledgeBase.Site.Comparing;

/// <summary>A provision's history told step by step: each version that has it, diffed word by word against the one before that had it.</summary>
public static class HistorySteps
{
    /// <param name="timeline">The provision in every version, oldest first, from <see cref="ProvisionTimeline"/>.</param>
    /// <param name="differ">From <see cref="ComparisonBudgets.Differ"/>.</param>
    public static IReadOnlyList<HistoryStep> Of(KnowledgeStore store, IReadOnlyList<HistoryEntry> timeline, UiLanguage ui, WordDiff differ)
    {
        var steps = new List<HistoryStep>();
        HistoryStep? previous = null;
        foreach (var entry in timeline)
        {
            if (entry.Provision is not { } provision)
                continue;
            var text = new TextWording(store.Provisions(entry.Version.Slug, entry.Version.Label, entry.Language));
            var wording = text.Whole(provision.EId);
            var name = ProvisionNames.WithoutHeading(provision, ui);
            // A step from an English text to an Azerbaijani one would show every word as changed: it is shown, not diffed.
            var diff = previous is null || previous.Entry.Language != entry.Language ? null : differ.Compare(previous.Wording, wording);
            var step = new HistoryStep(entry, name, wording, previous?.Entry, previous?.Name, diff);
            steps.Add(step);
            previous = step;
        }
        return steps;
    }
}
