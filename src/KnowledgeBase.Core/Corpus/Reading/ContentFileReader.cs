using System.Globalization;
using System.Text;
using KnowledgeBase.Core.Diagnostics;

namespace KnowledgeBase.Core.Corpus.Reading;

/// <summary>Reads a content file as strict UTF-8, reporting the line of the first bad byte instead of guessing.</summary>
public static class ContentFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="limits">Bounds on the file's size; <see cref="ContentLimits.Default"/> when not given.</param>
    public static string? Read(SourceFile file, DiagnosticBag diagnostics, ContentLimits? limits = null)
    {
        limits ??= ContentLimits.Default;
        byte[] bytes;
        try
        {
            // Measured before reading: a file over the limit is never loaded, whatever its size.
            var length = new FileInfo(file.FullPath).Length;
            if (length > limits.MaxFileBytes)
            {
                diagnostics.Error(file.Path, 1, DiagnosticCodes.FileTooLarge, string.Create(CultureInfo.InvariantCulture,
                    $"the file is {length / 1024:N0} KiB, more than the limit of {limits.MaxFileKb:N0} KiB; split the text, or raise 'limits: max-file-kb' in kb.yml"));
                return null;
            }
            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (IOException e)
        {
            diagnostics.Error(file.Path, 1, DiagnosticCodes.UnreadableFile, $"cannot read the file: {e.Message}");
            return null;
        }
        catch (UnauthorizedAccessException e)
        {
            diagnostics.Error(file.Path, 1, DiagnosticCodes.UnreadableFile, $"cannot read the file: {e.Message}");
            return null;
        }

        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var badAt = e.Index >= 0 ? start + e.Index : FirstInvalidByte(bytes, start);
            var line = 1 + bytes.AsSpan(0, Math.Clamp(badAt, 0, bytes.Length)).Count((byte)'\n');
            diagnostics.Error(file.Path, line, DiagnosticCodes.NotUtf8, "the file is not valid UTF-8; save it as UTF-8");
            return null;
        }
    }

    /// <summary>The file's first bytes up to its last line break within <paramref name="maxBytes"/>, as text (without a BOM);
    /// null when they cannot be read or are not UTF-8. No diagnostics: a caller that needs more reads the file with <see cref="Read"/>.</summary>
    /// <remarks>A line break byte is never part of a multi-byte character, so the bytes before it decode whole.</remarks>
    public static string? ReadPrefix(SourceFile file, int maxBytes)
    {
        try
        {
            var buffer = new byte[maxBytes];
            int length;
            using (var stream = new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1))
                length = stream.ReadAtLeast(buffer, maxBytes, throwOnEndOfStream: false);
            var end = buffer.AsSpan(0, length).LastIndexOf((byte)'\n') + 1;
            var start = buffer.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
            return end <= start ? null : StrictUtf8.GetString(buffer, start, end - start);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return null;
        }
    }

    private static int FirstInvalidByte(byte[] bytes, int start)
    {
        var decoder = StrictUtf8.GetDecoder();
        var chars = new char[4];
        for (var i = start; i < bytes.Length; i++)
        {
            try
            {
                decoder.GetChars(bytes, i, 1, chars, 0, flush: false);
            }
            catch (DecoderFallbackException)
            {
                return i;
            }
        }
        return bytes.Length;
    }
}
