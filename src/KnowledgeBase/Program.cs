using KnowledgeBase.Access;
using KnowledgeBase.Api;
using KnowledgeBase.Components;
using KnowledgeBase.Hosting;
using KnowledgeBase.Site;
using KnowledgeBase.Site.Comparing;
using KnowledgeBase.Site.Feed;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseUrls(builder.Configuration["urls"] ?? "http://localhost:5000");
// The scoped stylesheet (KnowledgeBase.styles.css) lives in obj/ until published: serve it from the build output in every
// environment, not only Development (`dotnet run` here is Production). A published site has no manifest and is unaffected.
builder.WebHost.UseStaticWebAssets();
builder.Services.AddKnowledgeBase(builder.Configuration);
builder.Services.AddKnowledgeBaseAccess(builder.Configuration, builder.Environment);

var app = builder.Build();
app.UseKnowledgeBaseSecurity();
app.UseKnowledgeBaseErrors();
app.UseHeadAsGet();
// Routing after the error pages: a request re-executed as /error or /not-found is routed again and finds its page.
app.UseRouting();
app.UseKnowledgeBaseAccess();
app.UseAntiforgery();
// After sign-in and rate limits: a cached page is still counted against its client, and the cache itself serves the
// public audience only (an internal page is never shared between readers of different rights).
app.UseBuildPageCache();
// The layout's stylesheets and script hold no text: the sign-in page needs them before anyone has signed in.
app.MapStaticAssets().AllowAnonymous();
app.MapHealth();
app.MapAccount(app.Services.GetRequiredService<SiteOptions>());
app.MapKnowledgeBaseApi();
app.MapSuggestions();
app.MapUiLanguage();
app.MapAtomFeed();
app.MapComparativeTableDocument();
app.MapRazorComponents<App>();
app.Run();

/// <summary>The site's entry point; public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
