namespace KnowledgeBase.Tests.Browser.Crawling;

public sealed class CrawlQueueTests
{
    [Theory]
    [InlineData("http://127.0.0.1/", "/", "")]
    [InlineData("http://127.0.0.1/instruments/migration-code", "/instruments/*", "")]
    [InlineData("http://127.0.0.1/instruments/migration-code/2013-07-adopted?lang=az", "/instruments/*/*", "?lang")]
    [InlineData("http://127.0.0.1/instruments/decree-276/2010-06-04?parallel=az&lang=en", "/instruments/*/*", "?lang&parallel")]
    [InlineData("http://127.0.0.1/search?q=permit&kind=code", "/search", "?kind&q")]
    public void An_address_has_the_shape_of_its_kind_of_page(string page, string path, string query)
    {
        Assert.Equal(path, CrawlQueue.PathShapeOf(new Uri(page)));
        Assert.Equal(query, CrawlQueue.QueryShapeOf(new Uri(page)));
    }

    [Fact]
    public void Every_kind_of_page_gets_its_turn_before_one_kind_gets_a_second()
    {
        var queue = new CrawlQueue();
        foreach (var eId in new[] { "art_1", "art_2", "art_3" })
            queue.Enqueue($"http://127.0.0.1/instruments/code/v1/{eId}", "/instruments/code/v1");
        queue.Enqueue("http://127.0.0.1/instruments/code/v2", "/instruments/code");
        queue.Enqueue("http://127.0.0.1/instruments/code/v1?lang=az", "/instruments/code/v1");
        queue.Enqueue("http://127.0.0.1/instruments/code/v1?lang=en&parallel=az", "/instruments/code/v1");
        queue.Enqueue("http://127.0.0.1/procedures", "/");

        Assert.Equal(
        [
            "/instruments/code/v1/art_1",
            "/instruments/code/v2",
            "/procedures",
            "/instruments/code/v1/art_2",
            "/instruments/code/v1?lang=az",
            "/instruments/code/v1/art_3",
            "/instruments/code/v1?lang=en&parallel=az",
        ], Drain(queue));
        Assert.Equal(0, queue.Count);
    }

    [Fact]
    public void Filter_links_of_one_page_share_that_page_kind_turn()
    {
        var queue = new CrawlQueue();
        queue.Enqueue("http://127.0.0.1/search?q=a&kind=code", "/search?q=a");
        queue.Enqueue("http://127.0.0.1/search?q=a&status=draft", "/search?q=a");
        queue.Enqueue("http://127.0.0.1/search?q=a&lang=az", "/search?q=a");
        queue.Enqueue("http://127.0.0.1/procedures/work-permit", "/procedures");
        queue.Enqueue("http://127.0.0.1/procedures/work-permit-extension", "/procedures");

        Assert.Equal(
        [
            "/search?q=a&kind=code",
            "/procedures/work-permit",
            "/search?q=a&status=draft",
            "/procedures/work-permit-extension",
            "/search?q=a&lang=az",
        ], Drain(queue));
    }

    private static List<string> Drain(CrawlQueue queue)
    {
        var order = new List<string>();
        while (queue.TryDequeue(out var next))
            order.Add(new Uri(next.Page).PathAndQuery);
        return order;
    }
}
