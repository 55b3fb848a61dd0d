using KnowledgeBase.Api;
using KnowledgeBase.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseUrls(builder.Configuration["urls"] ?? "http://localhost:5000");
builder.Services.AddKnowledgeBase(builder.Configuration);

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapKnowledgeBaseApi();
app.Run();

/// <summary>The site's entry point; public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
