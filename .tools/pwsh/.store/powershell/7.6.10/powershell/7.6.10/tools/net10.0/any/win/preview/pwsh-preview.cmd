@"%~dp0\..\pwsh.exe" %*
