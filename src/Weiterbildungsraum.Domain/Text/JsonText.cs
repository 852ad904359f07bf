using System.Text;
using System.Text.Json;

namespace Weiterbildungsraum.Domain.Text;

/// <summary>A string or field name in a JSON document that holds a refused character: where (JSON path) and why (German).</summary>
public sealed record JsonTextFinding(string Path, string Reason)
{
    /// <summary>The path as an API names a field: "ratings[0].competencyId", or "body" for the document itself.</summary>
    public string Field => Path == "$" ? "body" : Path.StartsWith("$.", StringComparison.Ordinal) ? Path[2..] : Path[1..];
}

/// <summary>
/// Finds the first string or field name in a JSON document that holds a character text may not contain (ControlCharacters),
/// whatever the document's shape. Not a validator: JSON it cannot read yields no finding, and the error is left to the
/// code that reads the document.
/// </summary>
public static class JsonText
{
    private static readonly JsonReaderOptions Options = new()
    {
        MaxDepth = 1000, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, AllowMultipleValues = true,
    };

    public static JsonTextFinding? FindRefused(string json) => FindRefused(Encoding.UTF8.GetBytes(json));

    public static JsonTextFinding? FindRefused(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith(Encoding.UTF8.Preamble)) utf8 = utf8[Encoding.UTF8.Preamble.Length..];
        var frames = new List<Frame>();
        var reader = new Utf8JsonReader(utf8, Options);
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var name = reader.GetString()!;
                        frames[^1].Property = name;
                        if (ControlCharacters.IndexOfRefused(name) is var at and >= 0)
                            return new(PathOf(frames), $"Der Feldname enthält {ControlCharacters.Describe(name[at])}.");
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    default:
                        if (frames.Count > 0 && frames[^1].IsArray) frames[^1].Index++;
                        if (reader.TokenType == JsonTokenType.StartObject) frames.Add(new Frame(isArray: false));
                        else if (reader.TokenType == JsonTokenType.StartArray) frames.Add(new Frame(isArray: true));
                        else if (reader.TokenType == JsonTokenType.String && MayHoldRefused(ref reader)
                                 && ControlCharacters.Problem(reader.GetString()) is { } reason)
                            return new(PathOf(frames), reason);
                        break;
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Not readable JSON (or an escape that is no character): whoever reads the document reports that.
        }
        return null;
    }

    /// <summary>
    /// Unescaped UTF-8 can only hold a refused character as DEL (7F) or a C1 character (C2 80–9F); raw C0 characters are
    /// not valid JSON. Escaped strings are decoded and looked at.
    /// </summary>
    private static bool MayHoldRefused(ref Utf8JsonReader reader) =>
        reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.IndexOfAny((byte)0x7F, (byte)0xC2) >= 0;

    private static string PathOf(List<Frame> frames)
    {
        var path = new StringBuilder("$");
        foreach (var frame in frames)
        {
            if (frame.IsArray) { if (frame.Index >= 0) path.Append('[').Append(frame.Index).Append(']'); }
            else if (frame.Property is { } name) path.Append(IsPlain(name) ? "." + name : "['" + ControlCharacters.Visible(name).Replace("'", "\\'", StringComparison.Ordinal) + "']");
        }
        return path.ToString();
    }

    private static bool IsPlain(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '@') && !char.IsAsciiDigit(name[0]);

    private sealed class Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;
        public int Index { get; set; } = -1;
        public string? Property { get; set; }
    }
}
