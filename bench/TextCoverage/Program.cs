using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Model;
using TextCoverage;

// Checks that parsing loses no text: for every version file, the non-blank characters of its body must all be found again in
// the stored provisions (their texts, the heading or number lines that open them, and the title line). Prints the totals and
// the files that differ, worst first. Usage: dotnet run -c Release --project bench/TextCoverage -- <content folder> [files to list]
if (args.Length is < 1 or > 2 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: TextCoverage <content folder> [files to list]");
    return 2;
}
var content = Path.GetFullPath(args[0]);
var listed = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20;
var (corpus, _) = BuildPipeline.Read(new BuildOptions(content, "", Audience.Internal, CheckOnly: true));
if (corpus is null)
    return 1;

var files = corpus.Instruments
    .SelectMany(i => i.Versions.SelectMany(v => v.Texts))
    .Select(t => FileCoverage.Of(Path.Combine(content, t.Text.Slug, $"{t.Text.Version}.{t.Text.Language}.md"), t.Text))
    .ToList();
var differing = files.Where(f => f.Lost != 0).OrderByDescending(f => Math.Abs(f.Lost)).ToList();

Console.WriteLine($"files: {files.Count}; provisions: {files.Sum(f => f.Provisions)}");
Console.WriteLine($"source characters (non-blank, bodies): {files.Sum(f => f.Source):N0}");
Console.WriteLine($"stored characters (texts, heading lines, titles): {files.Sum(f => f.Stored):N0}");
Console.WriteLine($"files where they differ: {differing.Count} (lost {differing.Where(f => f.Lost > 0).Sum(f => f.Lost):N0}, read twice {-differing.Where(f => f.Lost < 0).Sum(f => f.Lost):N0})");
foreach (var file in differing.Take(listed))
    Console.WriteLine($"  {file.Lost,8} {file.Path}");
return differing.Count == 0 ? 0 : 1;

namespace TextCoverage
{
    internal sealed record FileCoverage(string Path, int Provisions, long Source, long Stored)
    {
        public long Lost => Source - Stored;

        public static FileCoverage Of(string path, VersionText text)
        {
            var lines = File.ReadAllLines(path);
            var bodyStart = BodyStart(lines);
            var source = lines.Skip(bodyStart).Sum(Count);
            var all = text.AllProvisions().ToList();
            long stored = all.Sum(p => (long)Count(p.Text));
            // A heading or structure line is stored as the provision's number and heading; its own line is counted whole.
            // A part's number shares its line with its text, so only the number and its "." or ")" are added.
            foreach (var provision in all.Where(p => p.Kind != ProvisionKind.Preamble))
                stored += provision.Kind == ProvisionKind.Paragraph ? PartMarker(lines[provision.Line - 1], provision.Num) : Count(lines[provision.Line - 1]);
            if (text.Title is not null)
                stored += Count(lines.Skip(bodyStart).First(l => l.TrimStart().StartsWith('#')));
            return new FileCoverage(path, all.Count, source, stored);
        }

        // The part's number, its "." or ")", and the list item's bullet when the part is written as one (- 3.0.1.).
        private static int PartMarker(string line, string num) =>
            num.Length + 1 + (line.TrimStart() is [ '-' or '*' or '+', ' ', ..] ? 1 : 0);

        private static int BodyStart(string[] lines)
        {
            if (lines.Length == 0 || lines[0].Trim() != "---")
                return 0;
            for (var i = 1; i < lines.Length; i++)
                if (lines[i].Trim() == "---")
                    return i + 1;
            return 0;
        }

        private static int Count(string line) => line.Count(c => !char.IsWhiteSpace(c));
    }
}
