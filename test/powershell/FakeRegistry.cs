// An in-memory stand-in for Microsoft.Win32.RegistryKey, loaded by harness.ps1 with Add-Type. The generated
// scripts reach the registry only through the key their Open-BaseKey returns; the harness swaps that function for
// one returning FakeRegistryKey, so every member the scripts call must behave like the real one. What is mirrored,
// from the documentation and the .NET source (src/libraries/Microsoft.Win32.Registry/src/Microsoft/Win32/
// RegistryKey.cs and RegistryKey.Windows.cs):
//
// GetValue: https://learn.microsoft.com/dotnet/api/microsoft.win32.registrykey.getvalue
//   REG_DWORD comes back as Int32 (0xFFFFFFFF reads as -1), REG_QWORD as Int64, REG_MULTI_SZ as string[] (the
//   stored "a\0b\0\0" block split at NUL; an empty string inside the list survives, the final terminator does not),
//   REG_BINARY as byte[], REG_EXPAND_SZ expanded unless DoNotExpandEnvironmentNames; a missing value returns the
//   default. Every read returns a fresh copy (a script cannot change the store through an array it got).
// GetValueKind: https://learn.microsoft.com/dotnet/api/microsoft.win32.registrykey.getvaluekind
//   a missing value throws IOException.
// SetValue: https://learn.microsoft.com/dotnet/api/microsoft.win32.registrykey.setvalue
//   with a kind, converts like .NET: String/ExpandString value.ToString(); DWord Convert.ToInt32 and QWord
//   Convert.ToInt64 (invariant culture); MultiString casts to string[] (an object[] fails, a null element fails);
//   Binary casts to byte[]. A failed conversion (Overflow, InvalidCast, Format) becomes ArgumentException, so a
//   UInt32 above Int32.MaxValue written as DWord throws ArgumentException, as on Windows. Without a kind the kind is
//   taken from the value's type (Int32 DWord, Int64 QWord, string[] MultiString, byte[] Binary, else String).
//   A null value throws ArgumentNullException; writing through a key opened read-only throws
//   UnauthorizedAccessException.
// DeleteValue(name, throwOnMissingValue): a missing value throws ArgumentException only when asked to.
// OpenSubKey(name, writable): null when the key is missing. CreateSubKey(name): opens the key writable, creating it
//   and any missing parent; an existing key keeps its values and subkeys. Key and value names compare
//   case-insensitively, as in the registry; "a\\b\" is read as "a\b".
// Access denied (the per-key switch the tests set): Windows refuses the open, not the later write, for keys whose
//   ACL denies the access mode: OpenSubKey throws SecurityException ("Requested registry access is not allowed",
//   RegistryKey.Windows.cs turns ERROR_ACCESS_DENIED into SecurityException there) and CreateSubKey throws
//   UnauthorizedAccessException (Win32Error maps ERROR_ACCESS_DENIED to it). The test picks which exception a
//   denied key throws, so scripts are checked against both.
// Close/Dispose: a closed key throws ObjectDisposedException on use, like the real one; handles still open when a
//   script ends are counted (OpenHandles) so a test can see a leak.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security;
using Microsoft.Win32;

namespace T1559Test
{
    public sealed class FakeValue
    {
        public RegistryValueKind Kind;
        // Int32 for DWord, Int64 for QWord, string for String/ExpandString, char[] block for MultiString, byte[] for Binary.
        public object Raw;
    }

    public sealed class FakeNode
    {
        public string Name;
        public readonly Dictionary<string, FakeNode> SubKeys = new Dictionary<string, FakeNode>(StringComparer.OrdinalIgnoreCase);
        public readonly Dictionary<string, FakeValue> Values = new Dictionary<string, FakeValue>(StringComparer.OrdinalIgnoreCase);
        // Insertion order of value names, as RegEnumValue returns them on a freshly written key.
        public readonly List<string> ValueOrder = new List<string>();
        // "UnauthorizedAccessException" or "SecurityException": the exception opening this key throws in that mode.
        public string DenyRead;
        public string DenyWrite;
    }

    public sealed class FakeRegistry
    {
        public static FakeRegistry Current;
        public readonly Dictionary<string, FakeNode> Hives = new Dictionary<string, FakeNode>(StringComparer.OrdinalIgnoreCase);
        public int OpenHandles;
        public int Writes;

        public FakeNode Hive(string hive)
        {
            FakeNode node;
            if (!Hives.TryGetValue(hive, out node))
            {
                node = new FakeNode { Name = hive };
                Hives[hive] = node;
            }
            return node;
        }

        // What Open-BaseKey returns: a new handle on the hive's root, as RegistryKey.OpenBaseKey does.
        public FakeRegistryKey OpenBaseKey(string hive)
        {
            // Users (HKEY_USERS) is what the posture audit opens to read other users' hives.
            string name;
            if (hive == "LocalMachine") name = "HKEY_LOCAL_MACHINE";
            else if (hive == "CurrentUser") name = "HKEY_CURRENT_USER";
            else if (hive == "Users") name = "HKEY_USERS";
            else throw new ArgumentException("unexpected hive " + hive);
            return new FakeRegistryKey(this, Hive(hive), name, true);
        }

        internal static void Deny(string exceptionName, string what)
        {
            if (exceptionName == "SecurityException") throw new SecurityException("Requested registry access is not allowed. (" + what + ")");
            if (exceptionName == "UnauthorizedAccessException") throw new UnauthorizedAccessException("Access to the registry key '" + what + "' is denied.");
            throw new ArgumentException("unknown exception " + exceptionName);
        }

        public static char[] EncodeMulti(string[] strings)
        {
            // RegistryKey.SetValue: each string followed by NUL, then the final NUL ("a\0b\0\0"; an empty list is "\0").
            var chars = new List<char>();
            foreach (var s in strings) { chars.AddRange(s); chars.Add('\0'); }
            chars.Add('\0');
            return chars.ToArray();
        }

        public static string[] DecodeMulti(char[] blob)
        {
            // RegistryKey.Windows.cs InternalGetValueCore, REG_MULTI_SZ: split at NUL; an empty string is kept
            // unless it is the final terminator.
            if (blob.Length > 0 && blob[blob.Length - 1] != '\0') { Array.Resize(ref blob, blob.Length + 1); }
            var list = new List<string>();
            int cur = 0, len = blob.Length;
            while (cur < len)
            {
                int next = cur;
                while (next < len && blob[next] != '\0') next++;
                string add = null;
                if (next < len)
                {
                    if (next - cur > 0) add = new string(blob, cur, next - cur);
                    else if (next != len - 1) add = string.Empty;
                }
                else add = new string(blob, cur, len - cur);
                cur = next + 1;
                if (add != null) list.Add(add);
            }
            return list.ToArray();
        }
    }

    public sealed class FakeRegistryKey : IDisposable
    {
        private readonly FakeRegistry _registry;
        private readonly FakeNode _node;
        private readonly bool _writable;
        private bool _closed;
        public string Name { get; private set; }

        internal FakeRegistryKey(FakeRegistry registry, FakeNode node, string name, bool writable)
        {
            _registry = registry;
            _node = node;
            _writable = writable;
            Name = name;
            registry.OpenHandles++;
        }

        private void EnsureOpen()
        {
            if (_closed) throw new ObjectDisposedException(Name, "Cannot access a closed registry key.");
        }

        private void EnsureWritable()
        {
            EnsureOpen();
            if (!_writable) throw new UnauthorizedAccessException("Cannot write to the registry key.");
        }

        public int ValueCount { get { EnsureOpen(); return _node.Values.Count; } }
        public int SubKeyCount { get { EnsureOpen(); return _node.SubKeys.Count; } }

        private static string[] PathParts(string name)
        {
            if (name == null) throw new ArgumentNullException("name");
            var parts = name.Split(new[] { '\\' }, StringSplitOptions.RemoveEmptyEntries);
            foreach (var p in parts) if (p.Length > 255) throw new ArgumentException("Registry key name must be less than 255 characters.");
            return parts;
        }

        private FakeNode Find(string name)
        {
            FakeNode node = _node;
            foreach (var part in PathParts(name))
            {
                if (!node.SubKeys.TryGetValue(part, out node)) return null;
            }
            return node;
        }

        private static void CheckAccess(FakeNode node, bool writable, string name)
        {
            if (node.DenyRead != null) FakeRegistry.Deny(node.DenyRead, name);
            if (writable && node.DenyWrite != null) FakeRegistry.Deny(node.DenyWrite, name);
        }

        public FakeRegistryKey OpenSubKey(string name) { return OpenSubKey(name, false); }

        public FakeRegistryKey OpenSubKey(string name, bool writable)
        {
            EnsureOpen();
            var node = Find(name);
            if (node == null) return null;
            CheckAccess(node, writable, Name + "\\" + name);
            return new FakeRegistryKey(_registry, node, Name + "\\" + string.Join("\\", PathParts(name)), writable);
        }

        public FakeRegistryKey CreateSubKey(string subkey) { return CreateSubKey(subkey, true); }

        public FakeRegistryKey CreateSubKey(string subkey, bool writable)
        {
            EnsureWritable();
            FakeNode node = _node;
            foreach (var part in PathParts(subkey))
            {
                FakeNode child;
                if (!node.SubKeys.TryGetValue(part, out child))
                {
                    // Creating a subkey needs write access to its parent.
                    if (node.DenyWrite != null) FakeRegistry.Deny(node.DenyWrite, Name + "\\" + subkey);
                    child = new FakeNode { Name = part };
                    node.SubKeys[part] = child;
                    _registry.Writes++;
                }
                node = child;
            }
            CheckAccess(node, writable, Name + "\\" + subkey);
            return new FakeRegistryKey(_registry, node, Name + "\\" + string.Join("\\", PathParts(subkey)), writable);
        }

        public string[] GetSubKeyNames()
        {
            EnsureOpen();
            return _node.SubKeys.Values.Select(n => n.Name).ToArray();
        }

        public string[] GetValueNames()
        {
            EnsureOpen();
            return _node.ValueOrder.ToArray();
        }

        public RegistryValueKind GetValueKind(string name)
        {
            EnsureOpen();
            FakeValue v;
            if (!_node.Values.TryGetValue(name ?? string.Empty, out v)) throw new IOException("The specified registry key does not exist.");
            return v.Kind;
        }

        public object GetValue(string name) { return GetValue(name, null, RegistryValueOptions.None); }

        public object GetValue(string name, object defaultValue) { return GetValue(name, defaultValue, RegistryValueOptions.None); }

        public object GetValue(string name, object defaultValue, RegistryValueOptions options)
        {
            EnsureOpen();
            FakeValue v;
            if (!_node.Values.TryGetValue(name ?? string.Empty, out v)) return defaultValue;
            switch (v.Kind)
            {
                case RegistryValueKind.DWord: return (int)v.Raw;
                case RegistryValueKind.QWord: return (long)v.Raw;
                case RegistryValueKind.MultiString: return FakeRegistry.DecodeMulti((char[])v.Raw);
                case RegistryValueKind.Binary: return ((byte[])v.Raw).Clone();
                case RegistryValueKind.ExpandString:
                    return (options & RegistryValueOptions.DoNotExpandEnvironmentNames) != 0 ? (string)v.Raw : Environment.ExpandEnvironmentVariables((string)v.Raw);
                default: return (string)v.Raw;
            }
        }

        public void SetValue(string name, object value) { SetValue(name, value, RegistryValueKind.Unknown); }

        public void SetValue(string name, object value, RegistryValueKind valueKind)
        {
            if (value == null) throw new ArgumentNullException("value");
            name = name ?? string.Empty;
            if (name.Length > 16383) throw new ArgumentException("Registry value names should not be greater than 16,383 characters.");
            EnsureWritable();
            if (valueKind == RegistryValueKind.Unknown)
            {
                // RegistryKey.CalculateValueKind
                if (value is int) valueKind = RegistryValueKind.DWord;
                else if (value is long) valueKind = RegistryValueKind.QWord;
                else if (value is string[]) valueKind = RegistryValueKind.MultiString;
                else if (value is byte[]) valueKind = RegistryValueKind.Binary;
                else if (value is Array) throw new ArgumentException("RegistryKey.SetValue does not support arrays of type '" + value.GetType().Name + "'. Only Byte[] and String[] are supported.");
                else valueKind = RegistryValueKind.String;
            }
            object raw;
            try
            {
                switch (valueKind)
                {
                    case RegistryValueKind.String:
                    case RegistryValueKind.ExpandString: raw = value.ToString(); break;
                    case RegistryValueKind.DWord: raw = Convert.ToInt32(value, CultureInfo.InvariantCulture); break;
                    case RegistryValueKind.QWord: raw = Convert.ToInt64(value, CultureInfo.InvariantCulture); break;
                    case RegistryValueKind.MultiString:
                        var strings = (string[])(((object[])value).Clone());
                        foreach (var s in strings) if (s == null) throw new ArgumentException("RegistryKey.SetValue does not allow a String[] that contains a null String reference.");
                        raw = FakeRegistry.EncodeMulti(strings);
                        break;
                    case RegistryValueKind.Binary:
                    case RegistryValueKind.None: raw = ((byte[])value).Clone(); break;
                    default: throw new ArgumentException("The specified RegistryValueKind is an invalid value.");
                }
            }
            catch (Exception e)
            {
                // (No exception filter: Windows PowerShell 5.1's Add-Type compiles C# 5.)
                if (!(e is OverflowException || e is InvalidOperationException || e is FormatException || e is InvalidCastException)) throw;
                throw new ArgumentException("The type of the value object did not match the specified RegistryValueKind or the object could not be properly converted.");
            }
            if (!_node.Values.ContainsKey(name)) _node.ValueOrder.Add(name);
            _node.Values[name] = new FakeValue { Kind = valueKind, Raw = raw };
            _registry.Writes++;
        }

        public void DeleteValue(string name) { DeleteValue(name, true); }

        public void DeleteValue(string name, bool throwOnMissingValue)
        {
            EnsureWritable();
            name = name ?? string.Empty;
            if (!_node.Values.ContainsKey(name))
            {
                if (throwOnMissingValue) throw new ArgumentException("No value exists with that name.");
                return;
            }
            _node.Values.Remove(name);
            _node.ValueOrder.RemoveAll(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
            _registry.Writes++;
        }

        public void Flush() { EnsureOpen(); }

        public void Close() { Dispose(); }

        public void Dispose()
        {
            if (_closed) return;
            _closed = true;
            _registry.OpenHandles--;
        }

        public override string ToString() { return Name; }
    }
}
