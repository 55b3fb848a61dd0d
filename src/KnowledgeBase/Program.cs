using KnowledgeBase.Api;
using KnowledgeBase.Components;
using KnowledgeBase.Hosting;
using KnowledgeBase.Site;
using KnowledgeBase.Site.Feed;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseUrls(builder.Configuration["urls"] ?? "http://localhost:5000");
builder.Services.AddKnowledgeBase(builder.Configuration);

var app = builder.Build();
app.UseKnowledgeBaseErrors();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapKnowledgeBaseApi();
app.MapUiLanguage();
app.MapAtomFeed();
app.MapRazorComponents<App>();
app.Run();

/// <summary>The site's entry point; public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
