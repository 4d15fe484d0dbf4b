@echo off
rem Starts the kiosk full screen, and starts it again if it ever stops with an error.
rem Lives in the autostart folder of the kiosk app (C:\Kiosk\autostart\start-kiosk.cmd);
rem a shortcut to it in shell:startup starts the kiosk at login (see README.md here).
rem A clean exit (quitting from the admin screen) ends this script too.
cd /d "%~dp0.."
:start
kiosk.exe run
if errorlevel 1 (
    echo The kiosk stopped with an error; starting it again in 5 seconds. "kiosk.exe doctor" shows where its log is.
    timeout /t 5 /nobreak >nul
    goto start
)
