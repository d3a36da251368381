// IndexedDB must exist before any Dexie code loads.
import 'fake-indexeddb/auto';
