using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KnowledgeBase.Site;
using KnowledgeBase.Testing;

namespace KnowledgeBase.Tests.Site;

public sealed class ProvisionHtmlTests
{
    private static readonly IReadOnlyList<Core.Storage.StoredProvision> Text = StoredOutline.Parse(
        "section sec_5 [V] \"Section V. Legal status\"",
        "  chapter chp_10 [10] \"Chapter 10. Residence\"",
        "    article art_45 [45] {#temporary-residence-permit} \"Article 45. Temporary residence permit\"",
        "      paragraph art_45__para_1 [45.1] \"45.1.\"",
        "        paragraph art_45__para_1.3 [45.1.3] \"45.1.3.\"",
        "      paragraph art_45__para_2 [45.2] \"45.2.\"",
        "    article art_46 [46] \"Article 46. <Application> & fees\"");

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument($"<body>{html}</body>");

    public sealed class Nesting
    {
        [Fact]
        public void Puts_every_provision_in_a_section_whose_id_is_its_eId_nested_as_the_text_is()
        {
            var page = Parse(ProvisionHtml.Plain.Assemble(Text));

            Assert.Equal(Text.Select(p => p.EId), page.QuerySelectorAll("section.provision").Select(s => s.Id));
            Assert.Equal("art_45__para_1", page.GetElementById("art_45__para_1.3")!.ParentElement!.Id);
            Assert.Equal("chp_10", page.GetElementById("art_46")!.ParentElement!.Id);
            Assert.Equal("<p>Text of art_45__para_2.</p>", page.GetElementById("art_45__para_2")!.QuerySelector("p")!.OuterHtml);
        }

        [Fact]
        public void Writes_a_single_provision_without_the_ones_nested_in_it()
        {
            var page = Parse(ProvisionHtml.Plain.One(Text[2], depth: 0));

            Assert.Equal("Article 45. Temporary residence permit", page.QuerySelector("h3")!.TextContent);
            Assert.Empty(page.QuerySelectorAll("section"));
            Assert.Equal("Text of art_45.", page.QuerySelector("p")!.TextContent);
        }
    }

    public sealed class Labels
    {
        [Fact]
        public void Headings_go_one_level_down_per_headed_provision_and_parts_show_their_number()
        {
            var page = Parse(new ProvisionHtml { TopHeadingLevel = 2 }.Assemble(Text));

            Assert.Equal("H2", page.GetElementById("sec_5")!.Children[0].TagName);
            Assert.Equal("H3", page.GetElementById("chp_10")!.Children[0].TagName);
            Assert.Equal("H4", page.GetElementById("art_45")!.Children[0].TagName);
            Assert.Equal("45.1.3.", page.GetElementById("art_45__para_1.3")!.QuerySelector("span.num")!.TextContent);
            Assert.Empty(page.GetElementById("art_45")!.QuerySelectorAll("h5"));
        }

        [Fact]
        public void Are_escaped()
        {
            var page = Parse(ProvisionHtml.Plain.Assemble(Text));

            Assert.Equal("Article 46. <Application> & fees", page.GetElementById("art_46")!.QuerySelector("h5")!.TextContent);
        }

        [Fact]
        public void The_first_may_be_left_to_the_page_which_shows_it_as_its_title()
        {
            var page = Parse(new ProvisionHtml { TopHeadingLevel = 2, OmitRootLabel = true }.Assemble(TextOutline.Subtree(Text, "chp_10")));

            Assert.DoesNotContain(page.GetElementById("chp_10")!.Children, c => c.TagName.StartsWith('H'));
            Assert.Equal("H2", page.GetElementById("art_45")!.Children[0].TagName);
        }
    }

    public sealed class Permalinks
    {
        private static readonly ProvisionHtml WithLinks = new()
        {
            Permalink = p => new ProvisionPermalink($"/p/{p.EId}", $"Link to {p.Label}"),
        };

        [Fact]
        public void A_parts_number_links_to_its_page()
        {
            var page = Parse(WithLinks.Assemble(Text));

            var number = page.GetElementById("art_45__para_1")!.Children[0];
            Assert.Equal(("A", "/p/art_45__para_1", "45.1."), (number.TagName, number.GetAttribute("href"), number.TextContent));
        }

        [Fact]
        public void A_heading_gets_a_small_link_beside_it_that_names_its_target()
        {
            var page = Parse(WithLinks.Assemble(Text));

            var link = page.GetElementById("art_45")!.QuerySelector(".provision-head > a.permalink")!;
            Assert.Equal("/p/art_45", link.GetAttribute("href"));
            Assert.Equal("Link to Article 45. Temporary residence permit", link.QuerySelector(".visually-hidden")!.TextContent);
            Assert.Equal("true", link.QuerySelector("[aria-hidden]")!.GetAttribute("aria-hidden"));
        }
    }
}
