using System.Collections.Frozen;
using System.Text;

namespace ProdReady.Python.Text;

/// <summary>
/// A codec CPython can decode source files with, mapped to the .NET encoding that decodes the same bytes.
/// Names follow Python's <c>encodings</c> package: normalized, then resolved through its alias table.
/// </summary>
/// <param name="Name">Python's codec module name (<c>latin_1</c>, <c>cp1252</c>, <c>euc_jp</c>, ...).</param>
/// <param name="CodePage">The .NET code page that decodes like the Python codec.</param>
/// <param name="Kind">How the codec maps bytes, which decides CPython's wording of decoding errors.</param>
internal sealed record PythonCodec(string Name, int CodePage, PythonCodecKind Kind)
{
    // Python's encodings.aliases entries for the codecs below (the subset .NET can decode identically).
    private static readonly FrozenDictionary<string, string> s_aliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["646"] = "ascii", ["ansi_x3.4_1968"] = "ascii", ["ansi_x3_4_1968"] = "ascii", ["ansi_x3.4_1986"] = "ascii",
        ["cp367"] = "ascii", ["csascii"] = "ascii", ["ibm367"] = "ascii", ["iso646_us"] = "ascii",
        ["iso_646.irv_1991"] = "ascii", ["iso_ir_6"] = "ascii", ["us"] = "ascii", ["us_ascii"] = "ascii",
        ["u8"] = "utf_8", ["utf"] = "utf_8", ["utf8"] = "utf_8", ["utf8_ucs2"] = "utf_8", ["utf8_ucs4"] = "utf_8", ["cp65001"] = "utf_8",
        ["8859"] = "latin_1", ["cp819"] = "latin_1", ["csisolatin1"] = "latin_1", ["ibm819"] = "latin_1", ["iso8859"] = "latin_1",
        ["iso8859_1"] = "latin_1", ["iso_8859_1"] = "latin_1", ["iso_8859_1_1987"] = "latin_1", ["iso_ir_100"] = "latin_1",
        ["l1"] = "latin_1", ["latin"] = "latin_1", ["latin1"] = "latin_1",
        ["csisolatin2"] = "iso8859_2", ["iso_8859_2"] = "iso8859_2", ["iso_8859_2_1987"] = "iso8859_2", ["iso_ir_101"] = "iso8859_2", ["l2"] = "iso8859_2", ["latin2"] = "iso8859_2",
        ["csisolatin3"] = "iso8859_3", ["iso_8859_3"] = "iso8859_3", ["iso_8859_3_1988"] = "iso8859_3", ["iso_ir_109"] = "iso8859_3", ["l3"] = "iso8859_3", ["latin3"] = "iso8859_3",
        ["csisolatin4"] = "iso8859_4", ["iso_8859_4"] = "iso8859_4", ["iso_8859_4_1988"] = "iso8859_4", ["iso_ir_110"] = "iso8859_4", ["l4"] = "iso8859_4", ["latin4"] = "iso8859_4",
        ["csisolatincyrillic"] = "iso8859_5", ["cyrillic"] = "iso8859_5", ["iso_8859_5"] = "iso8859_5", ["iso_8859_5_1988"] = "iso8859_5", ["iso_ir_144"] = "iso8859_5",
        ["arabic"] = "iso8859_6", ["asmo_708"] = "iso8859_6", ["csisolatinarabic"] = "iso8859_6", ["ecma_114"] = "iso8859_6", ["iso_8859_6"] = "iso8859_6", ["iso_8859_6_1987"] = "iso8859_6", ["iso_ir_127"] = "iso8859_6",
        ["csisolatingreek"] = "iso8859_7", ["ecma_118"] = "iso8859_7", ["elot_928"] = "iso8859_7", ["greek"] = "iso8859_7", ["greek8"] = "iso8859_7", ["iso_8859_7"] = "iso8859_7", ["iso_8859_7_1987"] = "iso8859_7", ["iso_ir_126"] = "iso8859_7",
        ["csisolatinhebrew"] = "iso8859_8", ["hebrew"] = "iso8859_8", ["iso_8859_8"] = "iso8859_8", ["iso_8859_8_1988"] = "iso8859_8", ["iso_ir_138"] = "iso8859_8",
        ["csisolatin5"] = "iso8859_9", ["iso_8859_9"] = "iso8859_9", ["iso_8859_9_1989"] = "iso8859_9", ["iso_ir_148"] = "iso8859_9", ["l5"] = "iso8859_9", ["latin5"] = "iso8859_9",
        ["iso_8859_13"] = "iso8859_13", ["l7"] = "iso8859_13", ["latin7"] = "iso8859_13",
        ["iso_8859_15"] = "iso8859_15", ["l9"] = "iso8859_15", ["latin9"] = "iso8859_15",
        ["1250"] = "cp1250", ["windows_1250"] = "cp1250", ["1251"] = "cp1251", ["windows_1251"] = "cp1251",
        ["1252"] = "cp1252", ["windows_1252"] = "cp1252", ["1253"] = "cp1253", ["windows_1253"] = "cp1253",
        ["1254"] = "cp1254", ["windows_1254"] = "cp1254", ["1255"] = "cp1255", ["windows_1255"] = "cp1255",
        ["1256"] = "cp1256", ["windows_1256"] = "cp1256", ["1257"] = "cp1257", ["windows_1257"] = "cp1257",
        ["1258"] = "cp1258", ["windows_1258"] = "cp1258",
        ["437"] = "cp437", ["cspc8codepage437"] = "cp437", ["ibm437"] = "cp437",
        ["850"] = "cp850", ["cspc850multilingual"] = "cp850", ["ibm850"] = "cp850",
        ["852"] = "cp852", ["cspcp852"] = "cp852", ["ibm852"] = "cp852",
        ["855"] = "cp855", ["csibm855"] = "cp855", ["ibm855"] = "cp855",
        ["857"] = "cp857", ["csibm857"] = "cp857", ["ibm857"] = "cp857",
        ["858"] = "cp858", ["csibm858"] = "cp858", ["ibm858"] = "cp858",
        ["860"] = "cp860", ["csibm860"] = "cp860", ["ibm860"] = "cp860",
        ["861"] = "cp861", ["cp_is"] = "cp861", ["csibm861"] = "cp861", ["ibm861"] = "cp861",
        ["862"] = "cp862", ["cspc862latinhebrew"] = "cp862", ["ibm862"] = "cp862",
        ["863"] = "cp863", ["csibm863"] = "cp863", ["ibm863"] = "cp863",
        ["864"] = "cp864", ["csibm864"] = "cp864", ["ibm864"] = "cp864",
        ["865"] = "cp865", ["csibm865"] = "cp865", ["ibm865"] = "cp865",
        ["866"] = "cp866", ["csibm866"] = "cp866", ["ibm866"] = "cp866",
        ["869"] = "cp869", ["cp_gr"] = "cp869", ["csibm869"] = "cp869", ["ibm869"] = "cp869",
        ["cskoi8r"] = "koi8_r",
        ["macintosh"] = "mac_roman", ["macroman"] = "mac_roman", ["maccyrillic"] = "mac_cyrillic", ["macgreek"] = "mac_greek",
        ["maciceland"] = "mac_iceland", ["maclatin2"] = "mac_latin2", ["maccentraleurope"] = "mac_latin2", ["mac_centeuro"] = "mac_latin2", ["macturkish"] = "mac_turkish",
        ["eucjp"] = "euc_jp", ["ujis"] = "euc_jp", ["u_jis"] = "euc_jp",
        ["csshiftjis"] = "shift_jis", ["shiftjis"] = "shift_jis", ["sjis"] = "shift_jis", ["s_jis"] = "shift_jis",
        ["932"] = "cp932", ["ms932"] = "cp932", ["mskanji"] = "cp932", ["ms_kanji"] = "cp932",
        ["euckr"] = "euc_kr", ["korean"] = "euc_kr", ["ksc5601"] = "euc_kr", ["ks_c_5601"] = "euc_kr", ["ks_c_5601_1987"] = "euc_kr", ["ksx1001"] = "euc_kr", ["ks_x_1001"] = "euc_kr",
        ["949"] = "cp949", ["ms949"] = "cp949", ["uhc"] = "cp949",
        ["chinese"] = "gb2312", ["csiso58gb231280"] = "gb2312", ["euc_cn"] = "gb2312", ["euccn"] = "gb2312", ["eucgb2312_cn"] = "gb2312", ["gb2312_1980"] = "gb2312", ["gb2312_80"] = "gb2312", ["iso_ir_58"] = "gb2312",
        ["936"] = "gbk", ["cp936"] = "gbk", ["ms936"] = "gbk", ["gb18030_2000"] = "gb18030",
        ["big5_tw"] = "big5", ["csbig5"] = "big5", ["950"] = "cp950", ["ms950"] = "cp950",
        ["csiso2022jp"] = "iso2022_jp", ["iso2022jp"] = "iso2022_jp", ["iso_2022_jp"] = "iso2022_jp",
        ["u16"] = "utf_16", ["utf16"] = "utf_16", ["unicodebigunmarked"] = "utf_16_be", ["utf_16be"] = "utf_16_be",
        ["unicodelittleunmarked"] = "utf_16_le", ["utf_16le"] = "utf_16_le",
        ["u32"] = "utf_32", ["utf32"] = "utf_32", ["utf_32be"] = "utf_32_be", ["utf_32le"] = "utf_32_le",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, PythonCodec> s_codecs = new PythonCodec[]
    {
        new("ascii", 20127, PythonCodecKind.Ascii),
        new("utf_8", 65001, PythonCodecKind.Utf8),
        new("utf_8_sig", 65001, PythonCodecKind.Utf8),
        new("latin_1", 28591, PythonCodecKind.SingleByte),
        new("iso8859_2", 28592, PythonCodecKind.SingleByte),
        new("iso8859_3", 28593, PythonCodecKind.SingleByte),
        new("iso8859_4", 28594, PythonCodecKind.SingleByte),
        new("iso8859_5", 28595, PythonCodecKind.SingleByte),
        new("iso8859_6", 28596, PythonCodecKind.SingleByte),
        new("iso8859_7", 28597, PythonCodecKind.SingleByte),
        new("iso8859_8", 28598, PythonCodecKind.SingleByte),
        new("iso8859_9", 28599, PythonCodecKind.SingleByte),
        new("iso8859_13", 28603, PythonCodecKind.SingleByte),
        new("iso8859_15", 28605, PythonCodecKind.SingleByte),
        new("cp1250", 1250, PythonCodecKind.SingleByte),
        new("cp1251", 1251, PythonCodecKind.SingleByte),
        new("cp1252", 1252, PythonCodecKind.SingleByte),
        new("cp1253", 1253, PythonCodecKind.SingleByte),
        new("cp1254", 1254, PythonCodecKind.SingleByte),
        new("cp1255", 1255, PythonCodecKind.SingleByte),
        new("cp1256", 1256, PythonCodecKind.SingleByte),
        new("cp1257", 1257, PythonCodecKind.SingleByte),
        new("cp1258", 1258, PythonCodecKind.SingleByte),
        new("cp437", 437, PythonCodecKind.SingleByte),
        new("cp850", 850, PythonCodecKind.SingleByte),
        new("cp852", 852, PythonCodecKind.SingleByte),
        new("cp855", 855, PythonCodecKind.SingleByte),
        new("cp857", 857, PythonCodecKind.SingleByte),
        new("cp858", 858, PythonCodecKind.SingleByte),
        new("cp860", 860, PythonCodecKind.SingleByte),
        new("cp861", 861, PythonCodecKind.SingleByte),
        new("cp862", 862, PythonCodecKind.SingleByte),
        new("cp863", 863, PythonCodecKind.SingleByte),
        new("cp864", 864, PythonCodecKind.SingleByte),
        new("cp865", 865, PythonCodecKind.SingleByte),
        new("cp866", 866, PythonCodecKind.SingleByte),
        new("cp869", 869, PythonCodecKind.SingleByte),
        new("cp874", 874, PythonCodecKind.SingleByte),
        new("koi8_r", 20866, PythonCodecKind.SingleByte),
        new("koi8_u", 21866, PythonCodecKind.SingleByte),
        new("mac_roman", 10000, PythonCodecKind.SingleByte),
        new("mac_cyrillic", 10007, PythonCodecKind.SingleByte),
        new("mac_greek", 10006, PythonCodecKind.SingleByte),
        new("mac_iceland", 10079, PythonCodecKind.SingleByte),
        new("mac_latin2", 10029, PythonCodecKind.SingleByte),
        new("mac_turkish", 10081, PythonCodecKind.SingleByte),
        new("euc_jp", 51932, PythonCodecKind.MultiByte),
        new("shift_jis", 932, PythonCodecKind.MultiByte),
        new("cp932", 932, PythonCodecKind.MultiByte),
        new("euc_kr", 51949, PythonCodecKind.MultiByte),
        new("cp949", 949, PythonCodecKind.MultiByte),
        new("gb2312", 936, PythonCodecKind.MultiByte),
        new("gbk", 936, PythonCodecKind.MultiByte),
        new("gb18030", 54936, PythonCodecKind.MultiByte),
        new("big5", 950, PythonCodecKind.MultiByte),
        new("cp950", 950, PythonCodecKind.MultiByte),
        new("iso2022_jp", 50220, PythonCodecKind.MultiByte),
        new("utf_16", 1200, PythonCodecKind.Wide),
        new("utf_16_le", 1200, PythonCodecKind.Wide),
        new("utf_16_be", 1201, PythonCodecKind.Wide),
        new("utf_32", 12000, PythonCodecKind.Wide),
        new("utf_32_le", 12000, PythonCodecKind.Wide),
        new("utf_32_be", 12001, PythonCodecKind.Wide),
    }.ToFrozenDictionary(codec => codec.Name, StringComparer.Ordinal);

    /// <summary>Finds the codec Python's <c>codecs.lookup</c> would return for <paramref name="name"/>.</summary>
    /// <param name="name">A declared encoding name, as written in the coding declaration.</param>
    /// <returns>The codec, or <see langword="null"/> when Python (or this table) knows no such codec.</returns>
    public static PythonCodec? Lookup(string name)
    {
        var normalized = Normalize(name);
        if (s_aliases.TryGetValue(normalized, out var canonical)
            || s_aliases.TryGetValue(normalized.Replace('.', '_'), out canonical))
        {
            normalized = canonical;
        }

        return s_codecs.GetValueOrDefault(normalized);
    }

    /// <summary>Creates the strict .NET decoder of this codec: invalid bytes throw instead of being replaced.</summary>
    /// <returns>The encoding.</returns>
    public Encoding CreateStrictEncoding() => Kind switch
    {
        PythonCodecKind.Utf8 => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true),
        PythonCodecKind.Ascii => Encoding.GetEncoding(CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
        _ when CodePage is 28591 or 1200 or 1201 or 12000 or 12001 =>
            Encoding.GetEncoding(CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
        _ => CodePagesEncodingProvider.Instance.GetEncoding(CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
            ?? throw new InvalidOperationException($"The code page {CodePage} of codec '{Name}' is not available."),
    };

    // Python's encodings.normalize_encoding after codecs.lookup lowercases: runs of characters other
    // than ASCII letters, digits and '.' become one '_', leading and trailing ones are dropped.
    private static string Normalize(string name)
    {
        var builder = new StringBuilder(name.Length);
        var punctuation = false;
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '.')
            {
                if (punctuation && builder.Length > 0)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
                punctuation = false;
            }
            else
            {
                punctuation = true;
            }
        }

        return builder.ToString();
    }
}
