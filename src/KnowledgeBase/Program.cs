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

var app = builder.Build();
app.UseKnowledgeBaseErrors();
// Routing after the error pages: a request re-executed as /error or /not-found is routed again and finds its page.
app.UseRouting();
app.UseAntiforgery();
app.UseBuildPageCache();
app.MapStaticAssets();
app.MapKnowledgeBaseApi();
app.MapUiLanguage();
app.MapAtomFeed();
app.MapComparativeTableDocument();
app.MapRazorComponents<App>();
app.Run();

/// <summary>The site's entry point; public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
