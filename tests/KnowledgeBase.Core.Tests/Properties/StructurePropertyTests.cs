using System.Reflection;
using CsCheck;
using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Citations;
using KnowledgeBase.Core.Corpus.Languages;
using KnowledgeBase.Core.Corpus.Structure;
using KnowledgeBase.Core.Diagnostics;
using KnowledgeBase.Core.Storage;
using KnowledgeBase.Testing;

namespace KnowledgeBase.Core.Tests.Properties;

/// <summary>Properties of the structure parser and the citation recogniser on generated and mutated Markdown (CsCheck).</summary>
/// <remarks>Each property runs the same seeded sequence of cases every time (<see cref="SeededSample"/>); a failure names the seed
/// of its case, which CsCheck's <c>Sample</c> replays and shrinks to a small body.</remarks>
public class StructurePropertyTests
{
    private static readonly string[] Languages = ["en", "az", "ru"];

    /// <summary>The codes docs/content-format.md documents: nothing else may come out of parsing.</summary>
    private static readonly HashSet<string> DocumentedCodes =
        [.. typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!)];

    public class The_structure_parser
    {
        [Fact]
        public void Never_throws_and_reports_only_documented_diagnostics()
        {
            SeededSample.Run(Gen.Select(GeneratedMarkdown.Body, Gen.Int[0, 2]), (body, language) =>
            {
                var diagnostics = new DiagnosticBag();
                var parsed = new StructureParser(LanguageCatalog.BuiltIn[Languages[language]]).Parse(body, 5, "law/v.en.md", diagnostics);

                var all = parsed.Provisions.SelectMany(p => p.SelfAndDescendants()).ToList();
                Assert.All(diagnostics.Sorted(), d => Assert.Contains(d.Code, DocumentedCodes));
                Assert.Equal(all.Count, all.Select(p => p.EId).Distinct(StringComparer.Ordinal).Count());
                Assert.All(all, p => Assert.Contains(p.Text, body, StringComparison.Ordinal));
            }, seed: "0000000000001", iterations: 2_000);
        }
    }

    public class The_citation_recogniser
    {
        [Fact]
        public void Never_throws_and_every_citation_is_the_text_it_covers_in_order()
        {
            var recognizers = Languages.Select(l => new CitationRecognizer(LanguageCatalog.BuiltIn[l], [])).ToArray();
            var found = 0;
            SeededSample.Run(Gen.Select(GeneratedMarkdown.Prose, Gen.Int[0, 2]), (text, language) =>
            {
                var end = 0;
                foreach (var citation in recognizers[language].Recognize(text))
                {
                    Assert.True(citation.Start >= end, $"overlapping or out of order in “{text}”");
                    Assert.Equal(text.Substring(citation.Start, citation.Length), citation.Text);
                    Assert.NotEmpty(citation.Targets);
                    end = citation.Start + citation.Length;
                    found++;
                }
            }, seed: "0000000000002", iterations: 3_000);

            // The generator must exercise the grammar, not only text it skips.
            Assert.True(found > 1_000, $"only {found} citations recognised");
        }
    }

    public class Every_provision_text
    {
        [Fact]
        public void Survives_parse_store_and_read_unchanged()
        {
            using var temp = new TempFolder();
            var run = 0;
            var provisions = 0;
            SeededSample.Run(GeneratedMarkdown.Body, body =>
            {
                var content = temp.Combine($"run-{++run}", "content");
                Directory.CreateDirectory(Path.Combine(content, "law"));
                File.WriteAllText(Path.Combine(content, "law", "instrument.yml"), "title: { en: A law }\nkind: law\n");
                File.WriteAllText(Path.Combine(content, "law", "v1.en.md"), "---\ndate: 2020-01-01\nstatus: adopted\n---\n" + body);
                var (corpus, _) = BuildPipeline.Read(new BuildOptions(content, temp.Combine("unused"), Audience.Public));
                var parsed = corpus!.Instruments.Single().Versions.Single().Texts.Single().Provisions;
                var database = temp.Combine($"run-{run}", "kb.db");

                StoreWriter.Write(corpus, database);
                using var store = KnowledgeStore.OpenReadOnly(database);
                var stored = store.Provisions("law", "v1", "en");

                Assert.Equal(parsed.Select(p => (p.Provision.EId, p.Provision.Text)), stored.Select(p => (p.EId, p.Text)));
                Assert.Equal(parsed.Select(p => p.Html), stored.Select(p => p.Html));
                provisions += stored.Count;
            }, seed: "0000000000003", iterations: 25);

            // The generator must give texts with structure, not a preamble alone (an English file reads only English structure words).
            Assert.True(provisions > 25 * 2, $"only {provisions} provisions in 25 texts");
        }
    }
}
