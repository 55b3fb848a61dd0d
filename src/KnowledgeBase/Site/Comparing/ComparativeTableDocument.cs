using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using KnowledgeBase.Core.Versions.Comparing;

namespace KnowledgeBase.Site.Comparing;

/// <summary>Writes a <see cref="ComparativeTable"/> as a Word document: landscape A4, the title and notice above a three-column table.</summary>
/// <remarks>
/// The heading row repeats on every page, as a long table is read page by page on paper. In the proposed wording deletions are
/// struck through and insertions underlined, so the change reads in black and white too; the current wording is plain.
/// </remarks>
public static class ComparativeTableDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    // A4 landscape in twentieths of a point, with 2 cm margins; the columns share the width left.
    private const int PageWidth = 16838;
    private const int PageHeight = 11906;
    private const int Margin = 1134;
    private static readonly int[] ColumnWidths = [6000, 6000, PageWidth - (2 * Margin) - 12000];

    public static byte[] Write(ComparativeTable table, UiLanguage ui)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DefaultStyles(table.Language);
            var body = new Body();
            body.Append(Paragraph(table.Title, bold: true, size: 32));
            body.Append(Paragraph(table.Subtitle(ui), bold: false, size: 24));
            if (table.Notice is { } notice)
                body.Append(Paragraph(notice, bold: false, size: 20, italic: true));
            // Exports are made without a time budget, so this should never show; a table that was cut short must say so on paper.
            if (table.Curtailed)
                body.Append(Paragraph(ComparativeTable.CurtailedNote(ui), bold: true, size: 22));
            body.Append(Table(table, ui));
            body.Append(new SectionProperties(
                new PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Landscape },
                new PageMargin { Top = Margin, Bottom = Margin, Left = (uint)Margin, Right = (uint)Margin, Header = 708, Footer = 708, Gutter = 0 }));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static Table Table(ComparativeTable table, UiLanguage ui)
    {
        var border = new EnumValue<BorderValues>(BorderValues.Single);
        var word = new Table(
            new TableProperties(
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableBorders(
                    new TopBorder { Val = border, Size = 4 }, new LeftBorder { Val = border, Size = 4 },
                    new BottomBorder { Val = border, Size = 4 }, new RightBorder { Val = border, Size = 4 },
                    new InsideHorizontalBorder { Val = border, Size = 4 }, new InsideVerticalBorder { Val = border, Size = 4 }),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(ColumnWidths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));

        var heading = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        foreach (var (column, i) in ComparativeTable.Columns(ui).Select((c, i) => (c, i)))
            heading.Append(Cell(i, Paragraph(column, bold: true, size: 22)));
        word.Append(heading);

        foreach (var row in table.Rows)
            word.Append(new TableRow(
                Cell(0, Lines(row.Current)),
                Cell(1, Redline(row.Proposed)),
                Cell(2, Paragraph(row.Note, bold: false, size: 20))));
        return word;
    }

    private static TableCell Cell(int column, params IEnumerable<Paragraph> paragraphs)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = ColumnWidths[column].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
        var any = false;
        foreach (var paragraph in paragraphs)
        {
            cell.Append(paragraph);
            any = true;
        }
        // A cell must end with a paragraph, even an empty one (the current wording of a new article).
        if (!any)
            cell.Append(new Paragraph());
        return cell;
    }

    private static IEnumerable<Paragraph> Lines(string text) =>
        text.Length == 0 ? [] : text.Split('\n').Select(line => new Paragraph(TextRun(line, new RunProperties())));

    /// <summary>The proposed wording with deletions struck through and insertions underlined; a line break in a run starts a new paragraph.</summary>
    private static List<Paragraph> Redline(TextDiff diff)
    {
        var paragraphs = new List<Paragraph> { new() };
        foreach (var run in diff.Runs)
        {
            var lines = run.Text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                    paragraphs.Add(new Paragraph());
                if (lines[i].Length > 0)
                    paragraphs[^1].Append(TextRun(lines[i], Marks(run.Kind)));
            }
        }
        return paragraphs;
    }

    private static RunProperties Marks(DiffRunKind kind) => kind switch
    {
        DiffRunKind.Deleted => new RunProperties(new Strike()),
        DiffRunKind.Inserted => new RunProperties(new Underline { Val = UnderlineValues.Single }),
        _ => new RunProperties(),
    };

    private static Paragraph Paragraph(string text, bool bold, int size, bool italic = false)
    {
        var properties = new RunProperties();
        if (bold)
            properties.Append(new Bold());
        if (italic)
            properties.Append(new Italic());
        properties.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return new Paragraph(TextRun(text, properties));
    }

    private static Run TextRun(string text, RunProperties properties) =>
        new(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>A plain serif face for every script of the corpus, and the text's language so spelling checks the right words.</summary>
    private static Styles DefaultStyles(string language) => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" },
                new FontSize { Val = "22" },
                new Languages { Val = language switch { "az" => "az-Latn-AZ", "ru" => "ru-RU", _ => "en-GB" } })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "80" }))));
}
