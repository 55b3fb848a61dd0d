namespace KnowledgeBase.Api;

/// <summary>The JSON problem bodies the API answers with (RFC 9457): never a stack trace.</summary>
public static class ApiProblems
{
    public static IResult NotFound(string detail) =>
        Results.Problem(title: "Not found", detail: detail, statusCode: StatusCodes.Status404NotFound);

    public static IResult BadRequest(string detail) =>
        Results.Problem(title: "Bad request", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    public static IResult SignInRequired() =>
        Results.Problem(title: "Sign-in required", detail: "The internal site answers signed-in readers only: sign in at /account/sign-in and send the session cookie.",
            statusCode: StatusCodes.Status401Unauthorized);

    public static IResult TooManyRequests(int retryAfterSeconds) =>
        Results.Problem(title: "Too many requests", detail: $"Too many searches or API calls from this address; try again in {retryAfterSeconds} s.",
            statusCode: StatusCodes.Status429TooManyRequests);

    public static IResult NoBuild(string detail) =>
        Results.Problem(title: "No build", detail: detail, statusCode: StatusCodes.Status503ServiceUnavailable);
}
