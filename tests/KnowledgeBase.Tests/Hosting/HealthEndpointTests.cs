using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KnowledgeBase.Hosting;
using KnowledgeBase.Tests.Access;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Tests.Hosting;

/// <summary><c>/healthz</c> tells a monitor which build is served, how old it is and for whom, and fails when nothing can be served.</summary>
public sealed class HealthEndpointTests
{
    public sealed class Serving(SiteFactory site) : IClassFixture<SiteFactory>
    {
        [Fact]
        public async Task Names_the_served_build_its_age_and_the_audience()
        {
            using var response = await site.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var health = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("serving", health.GetProperty("status").GetString());
            Assert.Equal("public", health.GetProperty("audience").GetString());
            Assert.Equal(site.Services.GetRequiredService<ServedBuild>().CurrentStamp, health.GetProperty("build").GetString());
            Assert.InRange(health.GetProperty("ageSeconds").GetInt64(), 0, 600);
            Assert.True(health.GetProperty("builtUtc").TryGetDateTimeOffset(out _));
        }
    }

    public sealed class Internal(InternalSiteFactory site) : IClassFixture<InternalSiteFactory>
    {
        [Fact]
        public async Task Answers_without_sign_in_and_names_the_internal_audience()
        {
            using var response = await site.Anonymous().GetAsync(new Uri("/healthz", UriKind.Relative));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("internal", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("audience").GetString());
        }
    }

    [Fact]
    public async Task Answers_503_when_no_build_can_be_served()
    {
        await using var empty = new SiteFactory().WithWebHostBuilder(builder => builder.UseSetting("build-on-start", "false"));

        using var response = await empty.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var health = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("no-build", health.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, health.GetProperty("build").ValueKind);
    }
}
