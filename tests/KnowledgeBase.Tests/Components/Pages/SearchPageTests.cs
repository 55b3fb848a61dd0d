using System.Net.Http.Json;
using AngleSharp.Dom;

namespace KnowledgeBase.Tests.Components.Pages;

public sealed class SearchPageTests
{
    private static List<string> HitLinks(IDocument page) =>
        [.. page.QuerySelectorAll("ol.hits li.hit h3 a").Select(a => a.GetAttribute("href")!)];

    private static Dictionary<string, int> Facet(IDocument page, string name) =>
        page.QuerySelectorAll($"#facet-{name} + ul li")
            .Where(li => li.QuerySelector(".count") is not null)
            .ToDictionary(li => li.QuerySelector("a, strong")!.GetAttribute("href") ?? "(chosen)", li => int.Parse(li.QuerySelector(".count")!.TextContent, System.Globalization.CultureInfo.InvariantCulture));

    private static int Total(IDocument page) =>
        int.Parse(page.QuerySelector("#results-heading")!.TextContent.Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

    [Collection(ShippedSiteCollection.Name)]
    public sealed class Finding(ShippedSiteFactory site)
    {
        [Theory]
        [InlineData("work permit extension")]
        [InlineData("iş icazəsinin uzadılması")]
        public async Task An_officer_finds_the_work_permit_extension_procedure_among_the_first_hits(string query)
        {
            var page = await site.GetDocument("/search?q=" + Uri.EscapeDataString(query));

            Assert.Contains(HitLinks(page).Take(3), href => href.StartsWith("/procedures/work-permit-extension", StringComparison.Ordinal));
        }

        [Fact]
        public async Task Folded_azerbaijani_finds_azerbaijani_text_with_the_words_marked()
        {
            var page = await site.GetDocument("/search?q=icaze");

            var snippets = page.QuerySelectorAll("li.hit .snippet");
            Assert.NotEmpty(snippets);
            Assert.All(snippets, snippet => Assert.Equal("az", snippet.GetAttribute("lang")));
            var marks = snippets.SelectMany(s => s.QuerySelectorAll("mark")).Select(m => m.TextContent).ToList();
            Assert.Contains("icazə", marks);
            Assert.Contains(marks, mark => mark.StartsWith("İcaz", StringComparison.Ordinal));
        }

        [Fact]
        public async Task A_hit_shows_its_instrument_version_and_language_and_links_to_its_provision()
        {
            var page = await site.GetDocument("/search?q=%22place+of+stay%22&kind=code");

            var hit = page.QuerySelectorAll("li.hit").First(h => h.QuerySelector("h3")!.TextContent.Contains("Article 21.", StringComparison.Ordinal));
            Assert.Equal("/instruments/migration-code/2018-amended/art_21", hit.QuerySelector("h3 a")!.GetAttribute("href"));
            var source = hit.QuerySelector(".source")!.TextContent;
            Assert.Contains("Migration Code of the Republic of Azerbaijan", source, StringComparison.Ordinal);
            Assert.Contains("2018-amended", source, StringComparison.Ordinal);
            Assert.Contains("English", source, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("deportation", "expulsion")]
        [InlineData("deportasiya", "çıxarılma")]
        [InlineData("депортация", "выдворен")]
        public async Task A_synonym_from_kb_yml_finds_the_word_the_text_uses(string query, string written)
        {
            // All versions: the Russian text is in the 2013 and 2014 versions, the newest is English only.
            var page = await site.GetDocument("/search?q=" + Uri.EscapeDataString(query) + "&scope=all");

            var marks = page.QuerySelectorAll("li.hit .snippet mark").Select(m => m.TextContent.ToLowerInvariant()).ToList();
            Assert.Contains(marks, mark => mark.StartsWith(written, StringComparison.Ordinal) || mark.Contains(written, StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("work permit")]
        [InlineData("iş icazəsi")]
        [InlineData("state duty")]
        public async Task A_procedure_takes_one_row_however_many_of_its_divisions_match(string query)
        {
            var page = await site.GetDocument("/search?q=" + Uri.EscapeDataString(query) + "&kind=procedure");

            // The link without its division: the procedure in one version and language.
            var procedures = HitLinks(page).Select(href => href.Split('#')[0]).ToList();
            Assert.NotEmpty(procedures);
            Assert.Equal(procedures.Distinct().Count(), procedures.Count);
        }

        [Fact]
        public async Task A_procedure_hit_links_to_the_procedure_page_at_its_division()
        {
            var page = await site.GetDocument("/search?q=state+duty+extending&kind=procedure");

            Assert.Contains("/procedures/work-permit-extension?version=2014-11#fees", HitLinks(page));
        }
    }

    [Collection(ShippedSiteCollection.Name)]
    public sealed class Facets(ShippedSiteFactory site)
    {
        [Fact]
        public async Task Counts_per_value_add_up_to_the_results()
        {
            var page = await site.GetDocument("/search?q=registration");

            var total = Total(page);
            Assert.True(total > 10);
            // The instrument facet shows only the first values, so it cannot add up on a long list.
            foreach (var facet in new[] { "kind", "status", "lang" })
                Assert.Equal(total, Facet(page, facet).Values.Sum());
        }

        [Theory]
        [InlineData("kind", "procedure")]
        [InlineData("status", "repealed")]
        [InlineData("lang", "az")]
        [InlineData("instrument", "migration-code")]
        public async Task Each_filter_narrows_to_the_count_it_showed(string name, string value)
        {
            var unfiltered = await site.GetDocument("/search?q=registration+OR+qeydiyyat&scope=at&date=2014-01-01");
            var link = Facet(unfiltered, name).Keys.Single(href => href.Contains($"{name}={value}", StringComparison.Ordinal));
            var expected = Facet(unfiltered, name)[link];

            var filtered = await site.GetDocument(link);

            Assert.Equal(expected, Total(filtered));
            Assert.True(expected < Total(unfiltered));
            Assert.NotNull(filtered.QuerySelector($"#facet-{name} + ul strong[aria-current]"));
        }

        [Fact]
        public async Task Every_instrument_is_offered_the_long_tail_behind_more()
        {
            const string Query = "?q=republic+OR+respublikas%C4%B1n%C4%B1n+OR+procedure&scope=all";
            using var client = site.CreateClient();
            var api = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/search" + Query + "&group=provision&version=all");
            var instruments = api.GetProperty("facets").GetProperty("instrument").GetArrayLength();

            var page = await site.GetDocument("/search" + Query);

            var facet = page.QuerySelector("#facet-instrument")!.ParentElement!;
            Assert.True(instruments > 12, $"the query should reach more instruments than are shown at first, not {instruments}");
            Assert.Equal(instruments, facet.QuerySelectorAll("li .count").Length);
            Assert.Equal(instruments - 12, facet.QuerySelectorAll("details.facet-more li .count").Length);
        }

        [Fact]
        public async Task The_language_filter_keeps_hits_in_that_language_only()
        {
            var page = await site.GetDocument("/search?q=icaze+OR+permit&lang=az");

            Assert.All(page.QuerySelectorAll("li.hit .snippet"), snippet => Assert.Equal("az", snippet.GetAttribute("lang")));
            Assert.Contains(Facet(page, "lang").Keys, href => href.Contains("lang=en", StringComparison.Ordinal));
        }
    }

    [Collection(ShippedSiteCollection.Name)]
    public sealed class Scopes(ShippedSiteFactory site)
    {
        [Fact]
        public async Task As_at_a_date_searches_the_versions_in_force_that_day()
        {
            var page = await site.GetDocument("/search?q=%22place+of+stay%22&instrument=migration-code&scope=at&date=2014-01-01");

            Assert.Contains("/instruments/migration-code/2013-07-adopted/art_21", HitLinks(page));
            Assert.All(HitLinks(page), href => Assert.Contains("2013-07-adopted", href, StringComparison.Ordinal));
            Assert.True(page.QuerySelector("input[name=scope][value=at]")!.HasAttribute("checked"));
        }

        [Fact]
        public async Task All_versions_give_one_row_per_provision_and_say_how_many_other_versions_match()
        {
            var page = await site.GetDocument("/search?q=%22place+of+stay%22&instrument=migration-code&lang=en&scope=all");

            var links = HitLinks(page);
            Assert.Single(links, href => href.Contains("/art_21", StringComparison.Ordinal) && !href.Contains("__", StringComparison.Ordinal));
            var article21 = page.QuerySelectorAll("li.hit").Single(h => h.QuerySelector("h3 a")!.GetAttribute("href")!.EndsWith("/art_21", StringComparison.Ordinal));
            Assert.Matches(@"Also in \d+ other versions", article21.QuerySelector(".also")!.TextContent);
        }

        [Theory]
        [InlineData("вид на жительство", "ru")]
        [InlineData("olduğu yer üzrə qeydiyyat", "az")]
        public async Task The_newest_scope_shows_the_newest_text_in_each_language(string query, string language)
        {
            // The Code's newest version (2018-amended) is English only; its newest Russian and Azerbaijani text is 2014-10-amended.
            var page = await site.GetDocument("/search?q=" + Uri.EscapeDataString(query) + "&instrument=migration-code&lang=" + language);

            var links = HitLinks(page);
            Assert.NotEmpty(links);
            Assert.All(links, href => Assert.StartsWith("/instruments/migration-code/2014-10-amended/", href, StringComparison.Ordinal));
        }

        [Fact]
        public async Task As_at_without_a_valid_date_asks_for_one()
        {
            var page = await site.GetDocument("/search?q=registration&scope=at&date=yesterday");

            Assert.Contains("yyyy-mm-dd", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Collection(ShippedSiteCollection.Name)]
    public sealed class Paging(ShippedSiteFactory site)
    {
        [Fact]
        public async Task Long_results_are_paged_with_links_that_keep_the_query_and_filters()
        {
            var first = await site.GetDocument("/search?q=article+OR+foreigner&lang=en");

            Assert.Equal(20, HitLinks(first).Count);
            var next = first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href");
            Assert.Equal("/search?q=article%20OR%20foreigner&lang=en&page=2", next);
            Assert.Equal("1", first.QuerySelector("nav.pager a[aria-current=page]")!.TextContent);

            var second = await site.GetDocument(next!);
            Assert.Empty(HitLinks(first).Intersect(HitLinks(second)));
            Assert.Equal("21", second.QuerySelector("ol.hits")!.GetAttribute("start"));
        }

        [Theory]
        [InlineData("abc")]
        [InlineData("1.5")]
        public async Task A_page_number_that_is_not_a_number_shows_the_first_page(string page)
        {
            var shown = await site.GetDocument("/search?q=registration&page=" + page);

            Assert.Equal("1", shown.QuerySelector("ol.hits")!.GetAttribute("start"));
        }

        [Fact]
        public async Task A_page_past_the_end_offers_the_first_page()
        {
            var page = await site.GetDocument("/search?q=registration&page=400");

            Assert.Equal("/search?q=registration", page.QuerySelector(".no-hits a")!.GetAttribute("href"));
        }
    }

    [Collection(ShippedSiteCollection.Name)]
    public sealed class EmptyStates(ShippedSiteFactory site)
    {
        [Fact]
        public async Task Without_a_query_it_suggests_example_queries()
        {
            var page = await site.GetDocument("/search");

            var examples = page.QuerySelectorAll(".examples a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Contains("/search?q=work%20permit%20extension", examples);
            Assert.Null(page.QuerySelector("ol.hits"));
        }

        [Fact]
        public async Task No_hits_says_so_and_suggests_removing_filters_and_checking_spelling()
        {
            var page = await site.GetDocument("/search?q=registration&kind=strategy");

            var advice = page.QuerySelector(".no-hits")!;
            Assert.Contains("Nothing matches", advice.TextContent, StringComparison.Ordinal);
            Assert.Contains(advice.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/search?q=registration");
            Assert.Contains("spelling", advice.TextContent, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("%22unbalanced+registration", "quotation mark", "unbalanced registration")]
        [InlineData("(registration", "parentheses", "registration")]
        [InlineData("*mit", "cannot start with", "mit")]
        public async Task A_malformed_query_is_searched_as_plain_words_and_the_page_says_why(string query, string explanation, string searched)
        {
            var page = await site.GetDocument("/search?q=" + query);

            var notice = page.QuerySelector(".syntax-fallback")!;
            Assert.Contains(explanation, notice.TextContent, StringComparison.Ordinal);
            Assert.Equal(searched, notice.QuerySelector("q")!.TextContent);
            Assert.Equal("/search/help", notice.QuerySelector("a")!.GetAttribute("href"));
            Assert.Equal("Search", page.QuerySelector("h1")!.TextContent.Trim());
        }

        [Fact]
        public async Task An_overlong_query_is_refused_with_a_clear_message()
        {
            var page = await site.GetDocument("/search?q=" + new string('a', 5000));

            var problem = page.QuerySelector("[role=alert]")!;
            Assert.Contains("1,000", problem.TextContent, StringComparison.Ordinal);
            Assert.Null(page.QuerySelector("ol.hits"));
        }
    }

    [Collection(ShippedSiteCollection.Name)]
    public sealed class Citations(ShippedSiteFactory site)
    {
        [Theory]
        [InlineData("article 45", "/instruments/migration-code/2018-amended/art_45")]
        [InlineData("article 45.1.3", "/instruments/migration-code/2018-amended/art_45__para_1.3")]
        [InlineData("Migration Code 21", "/instruments/migration-code/2018-amended/art_21")]
        public async Task A_citation_shows_the_provision_above_the_results_with_a_link(string query, string href)
        {
            var page = await site.GetDocument("/search?q=" + Uri.EscapeDataString(query));

            var answer = page.QuerySelector(".direct-answer")!;
            Assert.Equal(href, answer.QuerySelector(".direct-title a")!.GetAttribute("href"));
            Assert.True(answer.CompareDocumentPosition(page.QuerySelector("#results-heading")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
        }

        [Fact]
        public async Task The_cited_link_leads_to_a_page_that_exists()
        {
            var page = await site.GetDocument("/search?q=" + Uri.EscapeDataString("article 45.1.3"));

            await site.GetDocument(page.QuerySelector(".direct-answer .direct-title a")!.GetAttribute("href")!);
        }

        [Fact]
        public async Task A_citation_typed_in_azerbaijani_answers_in_azerbaijani()
        {
            var page = await site.GetDocument("/search?q=" + Uri.EscapeDataString("maddə 45"));

            Assert.Equal("az", page.QuerySelector(".direct-answer .direct-title a")!.GetAttribute("lang"));
        }

        [Fact]
        public async Task Words_without_a_number_have_no_direct_answer()
        {
            var page = await site.GetDocument("/search?q=residence+permit");

            Assert.Null(page.QuerySelector(".direct-answer"));
        }
    }

    [Collection(ShippedSiteCollection.Name)]
    public sealed class Typos(ShippedSiteFactory site)
    {
        [Fact]
        public async Task A_query_that_finds_little_offers_a_link_that_runs_the_corrected_query()
        {
            var page = await site.GetDocument("/search?q=registraton&kind=code");

            var link = page.QuerySelector(".did-you-mean a")!;
            Assert.Equal("registration", link.TextContent);
            Assert.Equal("/search?q=registration&kind=code", link.GetAttribute("href"));
            Assert.NotEmpty(HitLinks(page));
        }

        [Fact]
        public async Task Azerbaijani_typed_without_its_letters_needs_no_correction()
        {
            var page = await site.GetDocument("/search?q=icaze+vesiqesi");

            Assert.Null(page.QuerySelector(".did-you-mean"));
            Assert.NotEmpty(HitLinks(page));
        }
    }

    [Collection(ShippedSiteCollection.Name)]
    public sealed class Help(ShippedSiteFactory site)
    {
        [Fact]
        public async Task The_search_box_links_to_the_help_page()
        {
            var page = await site.GetDocument("/search");

            Assert.Equal("/search/help", page.QuerySelector(".search-form a.help-link")!.GetAttribute("href"));
        }

        [Theory]
        [InlineData("en", "How to search", "icaz*")]
        [InlineData("az", "Necə axtarmaq olar", "icaz*")]
        public async Task The_help_page_explains_the_syntax_in_the_interface_language(string ui, string title, string example)
        {
            var page = await site.GetDocument("/search/help", uiLanguage: ui);

            Assert.Equal(title, page.QuerySelector("h1")!.TextContent.Trim());
            Assert.Contains(page.QuerySelectorAll("table.syntax code"), code => code.TextContent == example);
            Assert.Contains(page.QuerySelectorAll("ul.citations a"), a => a.GetAttribute("href") == "/search?q=" + Uri.EscapeDataString("maddə 45"));
        }
    }
}
