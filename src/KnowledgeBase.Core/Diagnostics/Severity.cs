namespace KnowledgeBase.Core.Diagnostics;

/// <summary>An error stops a build from being published; a warning does not, unless the run is strict.</summary>
public enum Severity
{
    Warning,
    Error,
}
