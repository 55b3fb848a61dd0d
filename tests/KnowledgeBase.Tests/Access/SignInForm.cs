using AngleSharp.Html.Parser;

namespace KnowledgeBase.Tests.Access;

/// <summary>Fills in and sends the sign-in form as a browser does: the antiforgery field from the page, with the cookie that goes with it.</summary>
public static class SignInForm
{
    public static async Task<HttpResponseMessage> Submit(HttpClient client, string name, string password, string page = "/account/sign-in")
    {
        var form = await Fields(client, page);
        form["Form.Name"] = name;
        form["Form.Password"] = password;
        return await Post(client, page, form);
    }

    /// <summary>The hidden fields the sign-in page writes into its form (the antiforgery token and the form's name).</summary>
    public static async Task<Dictionary<string, string>> Fields(HttpClient client, string page = "/account/sign-in")
    {
        var html = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        var document = new HtmlParser().ParseDocument(html);
        var form = document.QuerySelector("form.sign-in-form") ?? throw new InvalidOperationException($"{page} has no sign-in form");
        return form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
    }

    public static Task<HttpResponseMessage> Post(HttpClient client, string page, IReadOnlyDictionary<string, string> fields) =>
        client.PostAsync(new Uri(page, UriKind.Relative), new FormUrlEncodedContent(fields));

    /// <summary>The sign-out form's fields from any page a signed-in reader sees.</summary>
    public static async Task<Dictionary<string, string>> SignOutFields(HttpClient client, string page = "/")
    {
        var document = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri(page, UriKind.Relative)));
        var form = document.QuerySelector("form.sign-out") ?? throw new InvalidOperationException($"{page} has no sign-out form");
        return form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
    }
}
