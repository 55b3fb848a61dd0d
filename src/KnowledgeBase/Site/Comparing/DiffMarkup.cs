using System.Text;
using KnowledgeBase.Core.Rendering;
using KnowledgeBase.Core.Versions.Comparing;

namespace KnowledgeBase.Site.Comparing;

/// <summary>Writes a word diff as HTML: deletions in <c>del</c>, insertions in <c>ins</c>, each also labelled for screen readers.</summary>
/// <remarks>
/// Never colour alone: the stylesheet strikes deletions through and underlines insertions, and the hidden labels say
/// "deleted"/"inserted" in the interface language. Text is escaped; the result may be emitted as markup.
/// </remarks>
public static class DiffMarkup
{
    /// <param name="side">Which runs to show: both (inline redline), or only the old or the new side (side by side).</param>
    public static string Render(TextDiff diff, DiffSide side, UiLanguage ui)
    {
        var html = new StringBuilder();
        foreach (var run in diff.Runs)
        {
            var text = HtmlText.Escape(run.Text);
            switch (run.Kind)
            {
                case DiffRunKind.Unchanged:
                    html.Append(text);
                    break;
                case DiffRunKind.Deleted when side != DiffSide.New:
                    html.Append("<del><span class=\"visually-hidden\">").Append(ui.Pick("[deleted: ", "[silinib: ")).Append("</span>")
                        .Append(text).Append("<span class=\"visually-hidden\">]</span></del>");
                    break;
                case DiffRunKind.Inserted when side != DiffSide.Old:
                    html.Append("<ins><span class=\"visually-hidden\">").Append(ui.Pick("[inserted: ", "[əlavə edilib: ")).Append("</span>")
                        .Append(text).Append("<span class=\"visually-hidden\">]</span></ins>");
                    break;
            }
        }
        return html.ToString();
    }
}
