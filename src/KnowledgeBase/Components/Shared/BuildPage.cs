using KnowledgeBase.Core.Storage;
using KnowledgeBase.Site;
using Microsoft.AspNetCore.Components;

namespace KnowledgeBase.Components.Shared;

/// <summary>The base of every page that reads the knowledge base: the request's build, the reader's interface language, and 404s.</summary>
public abstract class BuildPage : ComponentBase
{
    [Inject]
    protected RequestBuild Request { get; set; } = default!;

    [Inject]
    protected UiLanguage Ui { get; set; } = default!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    protected KnowledgeStore Store => Request.Store;

    /// <summary>Answers 404 with the friendly not-found page; the caller returns without rendering more.</summary>
    protected void NotFound() => Navigation.NotFound();
}
