; Inno Setup script for Høringsdesk on Windows: packs the PyInstaller folder
; (dist\Hoeringsdesk, from scripts\bundle\build.py) into one setup.exe.
;   ISCC.exe /DAppVersion=0.1.0 /DSourceDir=dist\Hoeringsdesk /DOutputDir=dist hoeringsdesk.iss
; Silent install for IT (README.md, "For IT"):
;   Hoeringsdesk-0.1.0-windows-x64-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS
;       [/DBURL="postgresql+psycopg://dbserver/hoeringsdesk"]   (team mode for every user)
; NOT RUN on the project's Linux machine; .github\workflows\windows-installer.yml runs it.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z (scripts\bundle\build.py prints it)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\..\dist\Hoeringsdesk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\..\dist"
#endif

[Setup]
; The AppId stays the same for every version: an update replaces the installed one.
AppId={{5B0E6C5D-2F7A-4C8E-9A41-3D2B7E0F6A11}
AppName=Høringsdesk
AppVersion={#AppVersion}
AppVerName=Høringsdesk {#AppVersion}
AppPublisher=Høringsdesk developers
DefaultDirName={autopf}\Hoeringsdesk
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=Hoeringsdesk-{#AppVersion}-windows-x64-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\Hoeringsdesk.exe
UninstallDisplayName=Høringsdesk {#AppVersion}
VersionInfoVersion={#AppVersion}
CloseApplications=yes

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Files]
; The whole folder: both executables and _internal\ with everything they load.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update must not keep files the new version no longer ships.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Høringsdesk"; Filename: "{app}\Hoeringsdesk.exe"
Name: "{autodesktop}\Høringsdesk"; Filename: "{app}\Hoeringsdesk.exe"; Tasks: desktopicon

[INI]
; /DBURL=... presets the team's database for every user of the machine
; (%PROGRAMDATA%\Hoeringsdesk\hoeringsdesk.ini, read by hoeringsdesk\paths.py).
Filename: "{commonappdata}\Hoeringsdesk\hoeringsdesk.ini"; Section: "database"; Key: "url"; \
    String: "{param:DBURL}"; Check: HasDatabaseUrl; Flags: uninsdeleteentry uninsdeletesectionifempty

[Run]
Filename: "{app}\Hoeringsdesk.exe"; Description: "{cm:LaunchProgram,Høringsdesk}"; \
    Flags: nowait postinstall skipifsilent

[Code]
function HasDatabaseUrl: Boolean;
begin
  Result := ExpandConstant('{param:DBURL|}') <> '';
end;
