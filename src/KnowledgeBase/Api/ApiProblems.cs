namespace KnowledgeBase.Api;

/// <summary>The JSON problem bodies the API answers with (RFC 9457): never a stack trace.</summary>
public static class ApiProblems
{
    public static IResult NotFound(string detail) =>
        Results.Problem(title: "Not found", detail: detail, statusCode: StatusCodes.Status404NotFound);

    public static IResult BadRequest(string detail) =>
        Results.Problem(title: "Bad request", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    public static IResult NoBuild(string detail) =>
        Results.Problem(title: "No build", detail: detail, statusCode: StatusCodes.Status503ServiceUnavailable);
}
