// preload (sandboxed, bundled to CommonJS): exposes the named-function bridge as `window.desktop`.
import { contextBridge, ipcRenderer } from 'electron';
import { createDesktopApi } from './create-desktop-api.ts';

contextBridge.exposeInMainWorld('desktop', createDesktopApi(ipcRenderer));
