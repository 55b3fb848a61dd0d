using KnowledgeBase.Core.Storage;
using KnowledgeBase.Core.Versions.Comparing;
using KnowledgeBase.Site;
using KnowledgeBase.Site.Comparing;
using Microsoft.AspNetCore.Http;

namespace KnowledgeBase.Tests.Site.Comparing;

public sealed class ChangeNotesTests
{
    private static readonly UiLanguage English = new(new HttpContextAccessor());

    private static readonly UiLanguage Azerbaijani = new(new HttpContextAccessor
    {
        HttpContext = new DefaultHttpContext { Request = { Headers = { Cookie = $"{UiLanguage.CookieName}=az" } } },
    });

    private static StoredProvision Article(string num, string heading) =>
        new() { EId = $"art_{num}", Kind = "article", Num = num, Heading = heading, Label = $"Article {num}. {heading}" };

    private static StoredProvision Part(string num) => new() { EId = $"art_{num}", Kind = "paragraph", Num = num, Label = $"{num}." };

    public static TheoryData<ChangeKind, double?, string, string> Notes => new()
    {
        { ChangeKind.Modified, 0.9, "article", "Amended" },
        { ChangeKind.Added, null, "article", "New article" },
        { ChangeKind.Added, null, "paragraph", "New part" },
        { ChangeKind.Removed, null, "article", "Repealed" },
        { ChangeKind.Renumbered, 1.0, "article", "Renumbered from 44" },
        { ChangeKind.Renumbered, 0.8, "article", "Renumbered from 44, amended" },
        { ChangeKind.Moved, 1.0, "article", "Moved" },
        { ChangeKind.Split, 0.6, "article", "Split from Article 44" },
        { ChangeKind.Merged, 0.6, "article", "Merged from Article 44" },
    };

    [Theory]
    [MemberData(nameof(Notes))]
    public void Says_what_happened_in_a_drafters_words(ChangeKind kind, double? similarity, string provisionKind, string note)
    {
        var (before, after) = provisionKind == "article"
            ? (Article("44", "Temporary residence permit"), Article("45", "Temporary residence permit"))
            : (Part("45.1.3"), Part("45.1.3-1"));
        var change = new ProvisionChange(kind, kind == ChangeKind.Added ? null : before.EId, kind == ChangeKind.Removed ? null : after.EId,
            before.Num, after.Num, similarity);

        Assert.Equal(note, ChangeNotes.Of(change, kind == ChangeKind.Added ? null : before, kind == ChangeKind.Removed ? null : after, English));
    }

    [Fact]
    public void Speaks_the_readers_interface_language()
    {
        var change = new ProvisionChange(ChangeKind.Modified, "art_21__para_1", "art_21__para_1", "21.1", "21.1", 0.9);

        Assert.Equal("Dəyişdirilib", ChangeNotes.Of(change, Part("21.1"), Part("21.1"), Azerbaijani));
    }
}
