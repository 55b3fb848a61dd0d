namespace KnowledgeBase.Core.Model;

/// <summary>The legislative stage of one version; written as <c>draft</c>, <c>submitted</c>, <c>adopted</c>, <c>in-force</c>, <c>repealed</c>.</summary>
public enum VersionStatus
{
    Draft,
    Submitted,
    Adopted,
    InForce,
    Repealed,
}
