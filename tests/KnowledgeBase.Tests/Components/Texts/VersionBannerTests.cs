using Bunit;
using KnowledgeBase.Components.Texts;
using KnowledgeBase.Core.Storage;
using KnowledgeBase.Site;

namespace KnowledgeBase.Tests.Components.Texts;

public sealed class VersionBannerTests : IDisposable
{
    private readonly BunitContext _context = UiContext.In();

    public void Dispose() => _context.Dispose();

    private IRenderedComponent<VersionBanner> Render(RequestedText text, Func<StoredVersion, string>? linkTo = null, bool titleIsHeading = true) =>
        _context.Render<VersionBanner>(p => p
            .Add(b => b.Text, text)
            .Add(b => b.LinkTo, linkTo)
            .Add(b => b.TitleIsHeading, titleIsHeading));

    [Fact]
    public void Names_the_instrument_the_version_its_status_in_words_and_its_date()
    {
        var banner = Render(Samples.Text(Samples.Adopted));

        Assert.Equal("Migration Code", banner.Find("h1").TextContent);
        Assert.Equal("2013-07-adopted", banner.Find(".this-version .label").TextContent);
        Assert.Equal("Adopted", banner.Find(".this-version .status").TextContent);
        Assert.Equal("2 July 2013", banner.Find(".this-version time").TextContent);
    }

    [Fact]
    public void Links_the_next_version_and_the_latest_when_newer_ones_exist()
    {
        var banner = Render(Samples.Text(Samples.Adopted));

        Assert.Equal(["/instruments/migration-code/2014-10-amended", "/instruments/migration-code/2018-amended"],
            banner.FindAll(".newer-version a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Links_only_the_next_version_when_it_is_the_latest()
    {
        var banner = Render(Samples.Text(Samples.Amended));

        Assert.Equal(["/instruments/migration-code/2018-amended"], banner.FindAll(".newer-version a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Says_it_is_the_newest_when_it_is()
    {
        var banner = Render(Samples.Text(Samples.Later));

        Assert.Empty(banner.FindAll(".newer-version"));
        Assert.Equal("This is the newest version.", banner.Find(".newest-version").TextContent);
    }

    [Fact]
    public void Links_other_versions_where_the_page_says()
    {
        var banner = Render(Samples.Text(Samples.Amended), v => $"/there/{v.Label}");

        Assert.Equal("/there/2018-amended", banner.Find(".newer-version a").GetAttribute("href"));
    }

    [Fact]
    public void Keeps_the_notice_and_title_in_the_language_of_the_text()
    {
        var banner = Render(Samples.Text(Samples.Adopted, "az"));

        Assert.Equal(("az", "Miqrasiya Məcəlləsi"), (banner.Find("h1").GetAttribute("lang"), banner.Find("h1").TextContent));
        Assert.Equal("Qeyri-rəsmi mətn.", banner.Find(".notice").TextContent);
        Assert.Equal("az", banner.Find(".notice").ParentElement!.GetAttribute("lang"));
    }

    [Fact]
    public void On_a_provision_page_leaves_the_heading_to_the_provision()
    {
        var banner = Render(Samples.Text(Samples.Adopted), titleIsHeading: false);

        Assert.Empty(banner.FindAll("h1"));
        Assert.Equal("2013-07-adopted", banner.Find(".this-version .label").TextContent);
    }

    public sealed class As_at_a_date : IDisposable
    {
        private readonly BunitContext _context = UiContext.In();

        public void Dispose() => _context.Dispose();

        private string AsAt(StoredVersion version, string asked) =>
            _context.Render<VersionBanner>(p => p.Add(b => b.Text, Samples.Text(version, askedDate: asked))).Find(".as-at").TextContent;

        [Fact]
        public void Says_the_date_asked_for_and_the_version_in_force()
        {
            var text = AsAt(Samples.Adopted, "2014-01-01");

            Assert.Contains("in force on", text, StringComparison.Ordinal);
            Assert.Contains("1 January 2014", text, StringComparison.Ordinal);
            Assert.Contains("This is the version in force on that day, 2013-07-adopted.", text, StringComparison.Ordinal);
        }

        [Fact]
        public void Says_when_only_a_draft_existed_then()
        {
            Assert.Contains("No version had been adopted by then; this is the newest draft before it, 2011-cabinet-draft.",
                AsAt(Samples.CabinetDraft, "2012-01-01"), StringComparison.Ordinal);
        }

        [Fact]
        public void Says_when_the_date_comes_before_every_version()
        {
            Assert.Contains("No version is dated on or before that day; this is the oldest, 2011-cabinet-draft.",
                AsAt(Samples.CabinetDraft, "1999-01-01"), StringComparison.Ordinal);
        }

        [Fact]
        public void Is_not_shown_for_a_version_named_by_its_label()
        {
            Assert.Empty(_context.Render<VersionBanner>(p => p.Add(b => b.Text, Samples.Text(Samples.Adopted))).FindAll(".as-at"));
        }
    }

    public sealed class In_Azerbaijani : IDisposable
    {
        private readonly BunitContext _context = UiContext.In("az");

        public void Dispose() => _context.Dispose();

        [Fact]
        public void Speaks_the_readers_interface_language_whatever_the_texts()
        {
            var banner = _context.Render<VersionBanner>(p => p.Add(b => b.Text, Samples.Text(Samples.Adopted)));

            Assert.Equal("Daha yeni versiya var:", banner.Find(".newer-version strong").TextContent);
            Assert.Equal("Qəbul edilib", banner.Find(".this-version .status").TextContent);
            Assert.Equal("2 iyul 2013", banner.Find(".this-version time").TextContent);
            Assert.Equal("Migration Code", banner.Find("h1").TextContent);
        }
    }
}
